import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetchExpert } from "../../utils/organization-views"

/** The logged-in expert (custom actor `expert`, actor_id = exp_…); identity number masked. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ expert: await refetchExpert(req, req.auth_context.actor_id) })
}
