import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PUBLIC_SOLICITATION_STATUSES } from "../../../../domain/solicitation-lifecycle"
import { findSolicitation, listClarifications } from "../../../utils/read"
import { publicSolicitationView } from "../../../utils/views"

/** Public: one published notice with its lots and the answered clarifications (askers anonymous); unpublished → 404. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const solicitation = await findSolicitation(req, req.params.id, { status: [...PUBLIC_SOLICITATION_STATUSES] })
  res.json({ solicitation: publicSolicitationView(solicitation, await listClarifications(req, solicitation.id)) })
}
