import { z } from "@medusajs/framework/zod"
import { pageParams } from "@govmall/procurement-core/api/utils/page-params"
import { SOLICITATION_STATUSES, PUBLIC_SOLICITATION_STATUSES } from "../../domain/solicitation-lifecycle"

const reason = (field: string) =>
  z.string({ error: `${field} is required` }).trim().min(1, `${field} is required`).max(2_000, `${field} must be at most 2000 characters`)

export const AdminListSolicitations = z
  .object({ ...pageParams({ limit: 20 }), status: z.enum(SOLICITATION_STATUSES, { error: "status is not a solicitation status" }).optional() })
  .strict()
export type AdminListSolicitationsType = z.infer<typeof AdminListSolicitations>

export const AdminListReviews = z.object({ ...pageParams({ limit: 20 }) }).strict()

export const EmptyBody = z.object({}).strict()
export const ReviewNote = z.object({ note: reason("note").optional() }).strict()
export const ReturnBody = z.object({ reason: reason("reason") }).strict()
export const CancelBody = z.object({ reason: reason("reason") }).strict()

export const AnswerBody = z
  .object({
    answer: z.string({ error: "answer is required" }).trim().min(1, "answer is required").max(20_000, "answer must be at most 20000 characters"),
    changes_documents: z.boolean({ error: "changes_documents must be true or false" }),
  })
  .strict()

export const AskBody = z
  .object({
    question: z.string({ error: "question is required" }).trim().min(1, "question is required").max(5_000, "question must be at most 5000 characters"),
    lot_id: z.string({ error: "lot_id must be a string" }).min(1, "lot_id must not be empty").max(100, "lot_id is too long").optional(),
  })
  .strict()

export const PublicListSolicitations = z
  .object({
    ...pageParams({ limit: 20 }),
    status: z.enum(PUBLIC_SOLICITATION_STATUSES as unknown as [string, ...string[]], { error: "status is not a public solicitation status" }).optional(),
    region_code: z.string().regex(/^\d{6}$/, "region_code must be a 6-digit division code").optional(),
  })
  .strict()

export const SupplierListSolicitations = z.object({ ...pageParams({ limit: 20 }) }).strict()
export const NoQuery = z.object({}).strict()
