import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { solicitationListFilter } from "../../../domain/solicitation-scope"
import { listSolicitationPage } from "../../utils/read"
import { queryOf } from "../../utils/validate-query"
import { adminSolicitationView } from "../../utils/views"
import { adminActors } from "../solicitations/helpers"

/** The regulator's review queue: submitted plans of its province, oldest submission first. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { caller } = adminActors(req)
  const q = queryOf<{ limit: number; offset: number }>(req)
  const filters = { ...(solicitationListFilter(caller) ?? {}), status: "submitted" }
  const page = await listSolicitationPage(req, filters, q, { submitted_at: "ASC" })
  res.json({ ...page, solicitations: page.solicitations.map(adminSolicitationView) })
}
