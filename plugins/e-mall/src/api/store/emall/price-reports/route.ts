import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createPriceReportWorkflow } from "../../../../workflows/price-reports"
import { listPriceReports, refetchPriceReport } from "../../../admin/price-reports/helpers"
import { PURCHASER_PRICE_REPORT_FIELDS } from "../../../admin/price-reports/query-config"
import { purchasingUnitOf } from "../../../policies"
import { actorFromRequest } from "../../../utils/request-actor"
import type { StoreCreatePriceReportType, StoreGetPriceReportsParamsType } from "../validators"

/** Reports an approved offer as over-priced, for the caller's purchasing unit. */
export const POST = async (req: MedusaRequest<StoreCreatePriceReportType>, res: MedusaResponse) => {
  const unitId = purchasingUnitOf(req)
  const body = req.validatedBody
  const { result } = await createPriceReportWorkflow(req.scope).run({
    input: {
      report: {
        offer_id: body.offer_id,
        reporter_org_id: unitId,
        evidence_text: body.evidence_text,
        evidence_url: body.evidence_url ?? null,
        observed_price_fen: body.observed_price_fen ?? null,
      },
      actor: actorFromRequest(req, unitId),
    },
  })
  const price_report = await refetchPriceReport(req, PURCHASER_PRICE_REPORT_FIELDS, { id: result.id, reporter_org_id: unitId })
  res.status(201).json({ price_report })
}

/** The caller's purchasing unit's reports (all its members'), newest first. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { status, offer_id, limit, offset } = req.validatedQuery as unknown as StoreGetPriceReportsParamsType
  const filters: Record<string, unknown> = { reporter_org_id: purchasingUnitOf(req) }
  if (status) filters.status = status
  if (offer_id) filters.offer_id = offer_id
  const { price_reports, count } = await listPriceReports(req, PURCHASER_PRICE_REPORT_FIELDS, filters, { take: limit, skip: offset })
  res.json({ price_reports, count, limit, offset })
}
