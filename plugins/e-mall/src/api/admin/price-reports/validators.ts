import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { MAX_OFFER_PRICE_FEN } from "../../../domain/check-offer-price"
import { PRICE_REPORT_STATUSES } from "../../../domain/price-report-lifecycle"
import { pageParams } from "@govmall/procurement-core/api/utils/page-params"

export const AdminGetPriceReportsParams = createFindParams({ offset: 0, limit: 20, order: "-created_at" })
  .omit({ with_deleted: true })
  .extend({
    ...pageParams({ limit: 20 }),
    status: z.enum(PRICE_REPORT_STATUSES).optional(),
    offer_id: z.string().min(1).optional(),
    supplier_org_id: z.string().min(1).optional(),
  })

const reason = z.string({ error: "reason is required" }).trim().min(1, "reason is required").max(2_000, "reason must be at most 2000 characters")

export const AdminUpholdPriceReport = z
  .object({
    reason,
    target_price_fen: z
      .number({ error: "target_price_fen must be a number of fen" })
      .int("target_price_fen must be a whole number of fen")
      .positive("target_price_fen must be greater than 0")
      .max(MAX_OFFER_PRICE_FEN, `target_price_fen must be at most ${MAX_OFFER_PRICE_FEN}`),
  })
  .strict()
export type AdminUpholdPriceReportType = z.infer<typeof AdminUpholdPriceReport>

export const AdminDismissPriceReport = z.object({ reason }).strict()
export type AdminDismissPriceReportType = z.infer<typeof AdminDismissPriceReport>
