import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { openSolicitationWorkflow } from "../../../../../workflows/opening"
import { openingView } from "../../../../utils/response-views"
import { adminActors, refetchAdminSolicitation } from "../../helpers"

/** At/after the opening time: published → closed → opened; the opening window starts (owning agency). */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const { actor, caller } = adminActors(req)
  const { result } = await openSolicitationWorkflow(req.scope).run({ input: { id: req.params.id, actor, caller } })
  res.json({ solicitation: await refetchAdminSolicitation(req, req.params.id), opening: openingView(result) })
}
