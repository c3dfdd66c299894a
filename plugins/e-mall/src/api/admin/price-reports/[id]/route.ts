import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetchPriceReport } from "../helpers"
import { ADMIN_PRICE_REPORT_FIELDS } from "../query-config"

export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json({ price_report: await refetchPriceReport(req, ADMIN_PRICE_REPORT_FIELDS, { id: req.params.id }) })
}
