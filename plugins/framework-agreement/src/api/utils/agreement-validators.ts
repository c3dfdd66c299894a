import { z } from "@medusajs/framework/zod"
import { pageParams } from "@govmall/procurement-core/api/utils/page-params"
import { AGREEMENT_STATUSES } from "../../domain/agreement-lifecycle"
import { REMOVAL_REASONS } from "../../domain/membership-lifecycle"

const text = (field: string, max = 2_000) =>
  z.string({ error: `${field} is required` }).trim().min(1, `${field} is required`).max(max, `${field} must be at most ${max} characters`)
const id = (field: string) => z.string({ error: `${field} is required` }).min(1, `${field} is required`).max(100, `${field} is too long`)
const fen = (field: string) =>
  z
    .number({ error: `${field} must be a whole number of fen` })
    .int(`${field} must be a whole number of fen`)
    .positive(`${field} must be greater than 0`)
    .max(Number.MAX_SAFE_INTEGER, `${field} is too large`)

export const Product = z
  .object({ brand: text("product.brand", 200), model: text("product.model", 200), specification: text("product.specification", 5_000) })
  .strict()

/** A SignedRecord from `@govmall/e-signature/client`'s `signDocument`. */
export const SignatureBody = z
  .object({
    signature: z.string({ error: "signature is required (base64)" }).min(1, "signature is required (base64)").max(10_000, "signature is too long"),
    certificate_serial: z
      .string({ error: "certificate_serial is required" })
      .regex(/^[0-9a-fA-F]{1,64}$/, "certificate_serial must be the certificate's hex serial"),
    signed_at: z.string({ error: "signed_at is required" }).datetime({ offset: true, message: "signed_at must be an ISO-8601 instant" }),
    algorithm: z.literal("RSA-SHA256", { error: "algorithm must be RSA-SHA256" }),
  })
  .strict()

export const GenerateAgreementsBody = z
  .object({
    solicitation_id: id("solicitation_id"),
    lot_id: id("lot_id"),
    shortlisted: z
      .array(z.object({ supplier_org_id: id("supplier_org_id"), price_fen: fen("price_fen"), product: Product }).strict(), {
        error: "shortlisted must be a list",
      })
      .max(200, "shortlisted may name at most 200 suppliers"),
    shortlist_notice_at: z.string().datetime({ offset: true, message: "shortlist_notice_at must be an ISO-8601 instant" }).optional(),
  })
  .strict()

export const ApplyBody = z.object({ product: Product, price_fen: fen("price_fen"), record: SignatureBody }).strict()

export const ReviewApplicationBody = z
  .object({ decision: z.enum(["approve", "reject"], { error: "decision must be approve or reject" }), reason: text("reason").optional() })
  .strict()
  .refine((b) => b.decision !== "reject" || !!b.reason, { message: "reason is required to reject an application", path: ["reason"] })

export const RemoveBody = z
  .object({
    reason: z.enum(REMOVAL_REASONS, { error: `reason must be one of ${REMOVAL_REASONS.join(", ")}` }),
    note: text("note").optional(),
  })
  .strict()

export const LeaveBody = z.object({ reason: text("reason").optional() }).strict()

export const ListAgreements = z
  .object({
    ...pageParams({ limit: 50 }),
    solicitation_id: id("solicitation_id").optional(),
    status: z.enum(AGREEMENT_STATUSES, { error: "status is not an agreement status" }).optional(),
  })
  .strict()
export type ListAgreementsType = z.infer<typeof ListAgreements>

/** The supplier's and the purchaser's lists: paging only. */
export const ListOwnAgreements = z.object({ ...pageParams({ limit: 50 }) }).strict()
export type ListOwnAgreementsType = z.infer<typeof ListOwnAgreements>
