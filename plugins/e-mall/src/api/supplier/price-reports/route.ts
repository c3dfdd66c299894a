import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SUPPLIER_VISIBLE_PRICE_REPORT_STATUSES } from "../../../domain/price-report-lifecycle"
import { listPriceReports } from "../../admin/price-reports/helpers"
import { SUPPLIER_PRICE_REPORT_FIELDS } from "../../admin/price-reports/query-config"
import { supplierOrgOf } from "../../policies"
import type { StoreGetPriceReportsParamsType } from "../../store/emall/validators"

/**
 * Decided reports on the caller's own offers: reason, target price and deadline. The reporter
 * is never named (no reporter fields are selected); an open report is not shown until the
 * agency has decided it.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { status, offer_id, limit, offset } = req.validatedQuery as unknown as StoreGetPriceReportsParamsType
  const orgId = supplierOrgOf(req)
  const visible = SUPPLIER_VISIBLE_PRICE_REPORT_STATUSES as string[]
  if (status && !visible.includes(status)) {
    return res.json({ price_reports: [], count: 0, limit, offset })
  }
  const filters: Record<string, unknown> = { supplier_org_id: orgId, status: status ?? visible }
  if (offer_id) filters.offer_id = offer_id
  const { price_reports, count } = await listPriceReports(req, SUPPLIER_PRICE_REPORT_FIELDS, filters, { take: limit, skip: offset })
  res.json({ price_reports, count, limit, offset })
}
