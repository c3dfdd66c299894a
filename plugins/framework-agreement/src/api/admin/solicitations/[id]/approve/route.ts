import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { approveSolicitationWorkflow } from "../../../../../workflows/solicitations"
import { adminActors, refetchAdminSolicitation } from "../../helpers"

/** The regulator of the plan's province: submitted → approved (审核, centralized catalog items). */
export const POST = async (req: MedusaRequest<{ note?: string }>, res: MedusaResponse) => {
  const { actor, caller } = adminActors(req)
  await approveSolicitationWorkflow(req.scope).run({ input: { id: req.params.id, note: req.validatedBody.note ?? null, actor, caller } })
  res.json({ solicitation: await refetchAdminSolicitation(req, req.params.id) })
}
