import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { submitSolicitationWorkflow } from "../../../../../workflows/solicitations"
import { adminActors, refetchAdminSolicitation } from "../../helpers"

/** draft / returned → submitted to the regulator (agency approvers; never the plan's author). */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const { actor, caller } = adminActors(req)
  await submitSolicitationWorkflow(req.scope).run({ input: { id: req.params.id, actor, caller } })
  res.json({ solicitation: await refetchAdminSolicitation(req, req.params.id) })
}
