import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelSolicitationWorkflow } from "../../../../../workflows/solicitations"
import { adminActors, refetchAdminSolicitation } from "../../helpers"

/** → cancelled with a reason; a published notice is withdrawn with it (agency approvers). */
export const POST = async (req: MedusaRequest<{ reason: string }>, res: MedusaResponse) => {
  const { actor, caller } = adminActors(req)
  await cancelSolicitationWorkflow(req.scope).run({ input: { id: req.params.id, reason: req.validatedBody.reason, actor, caller } })
  res.json({ solicitation: await refetchAdminSolicitation(req, req.params.id) })
}
