import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { solicitationReadProblem } from "../../../../domain/solicitation-scope"
import { updateSolicitationWorkflow } from "../../../../workflows/solicitations"
import { findSolicitation } from "../../../utils/read"
import { adminSolicitationView } from "../../../utils/views"
import { adminActors, refetchAdminSolicitation } from "../helpers"

/** One plan (another agency's or another province's → 404). */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { caller } = adminActors(req)
  const solicitation = await findSolicitation(req, req.params.id)
  const problem = solicitationReadProblem(caller, solicitation)
  if (problem) throw new MedusaError(MedusaError.Types.NOT_FOUND, problem.message)
  res.json({ solicitation: adminSolicitationView(solicitation) })
}

/** Changes a draft or returned plan (agency operators of the owning agency). */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const { actor, caller } = adminActors(req)
  await updateSolicitationWorkflow(req.scope).run({
    input: { id: req.params.id, changes: req.validatedBody as never, actor, caller },
  })
  res.json({ solicitation: await refetchAdminSolicitation(req, req.params.id) })
}
