import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { publishSolicitationWorkflow } from "../../../../../workflows/solicitations"
import { adminActors, refetchAdminSolicitation } from "../../helpers"

/** approved / filed → published: the public solicitation notice and the response deadline (agency approvers). */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const { actor, caller } = adminActors(req)
  await publishSolicitationWorkflow(req.scope).run({ input: { id: req.params.id, actor, caller } })
  res.json({ solicitation: await refetchAdminSolicitation(req, req.params.id) })
}
