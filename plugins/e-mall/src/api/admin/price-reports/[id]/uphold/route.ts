import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { upholdPriceReportWorkflow } from "../../../../../workflows/price-reports"
import { actorFromRequest } from "../../../../utils/request-actor"
import { refetchPriceReport } from "../../helpers"
import { ADMIN_PRICE_REPORT_FIELDS } from "../../query-config"
import type { AdminUpholdPriceReportType } from "../../validators"

/** open → upheld: the supplier must lower the price to the target within N working days. */
export const POST = async (req: MedusaRequest<AdminUpholdPriceReportType>, res: MedusaResponse) => {
  await upholdPriceReportWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      reason: req.validatedBody.reason,
      target_price_fen: req.validatedBody.target_price_fen,
      actor: actorFromRequest(req),
    },
  })
  res.json({ price_report: await refetchPriceReport(req, ADMIN_PRICE_REPORT_FIELDS, { id: req.params.id }) })
}
