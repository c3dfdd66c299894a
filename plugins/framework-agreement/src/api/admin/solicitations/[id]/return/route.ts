import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { returnSolicitationWorkflow } from "../../../../../workflows/solicitations"
import { adminActors, refetchAdminSolicitation } from "../../helpers"

/** The regulator of the plan's province: submitted → returned with reasons (the agency edits and resubmits). */
export const POST = async (req: MedusaRequest<{ reason: string }>, res: MedusaResponse) => {
  const { actor, caller } = adminActors(req)
  await returnSolicitationWorkflow(req.scope).run({ input: { id: req.params.id, reason: req.validatedBody.reason, actor, caller } })
  res.json({ solicitation: await refetchAdminSolicitation(req, req.params.id) })
}
