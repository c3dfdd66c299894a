import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { dismissPriceReportWorkflow } from "../../../../../workflows/price-reports"
import { actorFromRequest } from "../../../../utils/request-actor"
import { refetchPriceReport } from "../../helpers"
import { ADMIN_PRICE_REPORT_FIELDS } from "../../query-config"
import type { AdminDismissPriceReportType } from "../../validators"

/** open → dismissed; the reason goes to the reporting unit. */
export const POST = async (req: MedusaRequest<AdminDismissPriceReportType>, res: MedusaResponse) => {
  await dismissPriceReportWorkflow(req.scope).run({
    input: { id: req.params.id, reason: req.validatedBody.reason, actor: actorFromRequest(req) },
  })
  res.json({ price_report: await refetchPriceReport(req, ADMIN_PRICE_REPORT_FIELDS, { id: req.params.id }) })
}
