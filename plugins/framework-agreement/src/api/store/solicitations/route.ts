import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PUBLIC_SOLICITATION_STATUSES } from "../../../domain/solicitation-lifecycle"
import { listSolicitationPage } from "../../utils/read"
import { queryOf } from "../../utils/validate-query"
import { publicSolicitationView } from "../../utils/views"

/** Public (no log-in, publishable key): published solicitation notices with their lots, newest first. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const q = queryOf<{ limit: number; offset: number; status?: string; region_code?: string }>(req)
  const filters: Record<string, unknown> = { status: q.status ?? [...PUBLIC_SOLICITATION_STATUSES] }
  if (q.region_code) filters.region_code = q.region_code
  const page = await listSolicitationPage(req, filters, q, { published_at: "DESC" })
  res.json({ ...page, solicitations: page.solicitations.map((s) => publicSolicitationView(s)) })
}
