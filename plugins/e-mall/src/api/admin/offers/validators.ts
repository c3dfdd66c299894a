import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { OFFER_STATUSES } from "../../../domain/offer-lifecycle"
import { pageParams } from "@govmall/procurement-core/api/utils/page-params"

export const AdminGetOffersParams = createFindParams({ offset: 0, limit: 20, order: "submitted_at" })
  .omit({ with_deleted: true })
  .extend({
    ...pageParams({ limit: 20 }),
    status: z.enum(OFFER_STATUSES).optional(),
    product_id: z.string().min(1).optional(),
    supplier_org_id: z.string().min(1).optional(),
  })

export const AdminApproveOffer = z.object({}).strict()

export const AdminRejectOffer = z
  .object({ reason: z.string({ error: "reason is required" }).trim().min(1, "reason is required").max(2_000) })
  .strict()
export type AdminRejectOfferType = z.infer<typeof AdminRejectOffer>
