import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { fileSolicitationWorkflow } from "../../../../../workflows/solicitations"
import { adminActors, refetchAdminSolicitation } from "../../helpers"

/** The regulator of the plan's province: submitted → filed (备案, items outside the catalog). */
export const POST = async (req: MedusaRequest<{ note?: string }>, res: MedusaResponse) => {
  const { actor, caller } = adminActors(req)
  await fileSolicitationWorkflow(req.scope).run({ input: { id: req.params.id, note: req.validatedBody.note ?? null, actor, caller } })
  res.json({ solicitation: await refetchAdminSolicitation(req, req.params.id) })
}
