import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { procurementClock } from "@govmall/procurement-core/modules/procurement_clock"
import { listSolicitationPage } from "../../utils/read"
import { queryOf } from "../../utils/validate-query"
import { publicSolicitationView } from "../../utils/views"

/** Solicitations open for responses now (published, deadline not passed), the nearest deadline first. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const q = queryOf<{ limit: number; offset: number }>(req)
  const filters = { status: "published", response_deadline: { $gte: procurementClock.now() } }
  const page = await listSolicitationPage(req, filters, q, { response_deadline: "ASC" })
  res.json({ ...page, solicitations: page.solicitations.map((s) => publicSolicitationView(s)) })
}
