import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { CERTIFICATE_KINDS } from "../../../domain/certificate-validity"
import { MAX_OFFER_PRICE_FEN } from "../../../domain/check-offer-price"
import { OFFER_STATUSES } from "../../../domain/offer-lifecycle"
import { pageParams } from "@govmall/procurement-core/api/utils/page-params"

const count = (field: string) =>
  z
    .number({ error: `${field} must be a number` })
    .int(`${field} must be a whole number`)
    .min(0, `${field} must not be negative`)
    .max(2_147_483_647, `${field} is too large`)

const price = z
  .number({ error: "price_fen must be a number of fen" })
  .int("price_fen must be a whole number of fen")
  .positive("price_fen must be greater than 0")
  .max(MAX_OFFER_PRICE_FEN, `price_fen must be at most ${MAX_OFFER_PRICE_FEN}`)

const regionCodes = z
  .array(z.string().regex(/^\d{6}$/, "delivery_region_codes must hold 6-digit region codes"), {
    error: "delivery_region_codes must be a list of region codes",
  })
  .min(1, "delivery_region_codes must list at least one region")
  .max(400)

const certificate = z
  .object({
    kind: z.enum(CERTIFICATE_KINDS, { error: `certificates.kind must be one of ${CERTIFICATE_KINDS.join(", ")}` }),
    number: z.string().trim().min(1, "certificates.number is required").max(100),
    issuer: z.string().trim().min(1, "certificates.issuer is required").max(200),
    expires_on: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "certificates.expires_on must be YYYY-MM-DD"),
  })
  .strict()

export const SupplierCreateOffer = z
  .object({
    product_id: z.string({ error: "product_id is required" }).trim().min(1, "product_id is required").max(100),
    price_fen: price,
    stock: count("stock").optional(),
    delivery_region_codes: regionCodes,
    lead_time_days: count("lead_time_days").max(365, "lead_time_days must be at most 365"),
    warranty_months: count("warranty_months").max(240, "warranty_months must be at most 240").optional(),
    certificates: z.array(certificate).max(20).optional(),
    /** Submit for review at once (default); false keeps a draft. */
    submit: z.boolean().optional(),
  })
  .strict()
export type SupplierCreateOfferType = z.infer<typeof SupplierCreateOffer>

export const SupplierUpdateOffer = z
  .object({
    stock: count("stock").optional(),
    delivery_region_codes: regionCodes.optional(),
    lead_time_days: count("lead_time_days").max(365).optional(),
    warranty_months: count("warranty_months").max(240).optional(),
  })
  .strict()
export type SupplierUpdateOfferType = z.infer<typeof SupplierUpdateOffer>

export const SupplierChangePrice = z
  .object({ price_fen: price, reason: z.string().trim().max(2_000).nullish() })
  .strict()
export type SupplierChangePriceType = z.infer<typeof SupplierChangePrice>

export const SupplierWithdrawOffer = z.object({ note: z.string().trim().max(2_000).nullish() }).strict()
export type SupplierWithdrawOfferType = z.infer<typeof SupplierWithdrawOffer>

export const SupplierEmptyBody = z.object({}).strict()

export const SupplierGetOffersParams = createFindParams({ offset: 0, limit: 20, order: "-created_at" })
  .omit({ with_deleted: true })
  .extend({
    ...pageParams({ limit: 20 }),
    status: z.enum(OFFER_STATUSES).optional(),
    product_id: z.string().min(1).optional(),
  })
