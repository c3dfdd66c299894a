import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { solicitationReadProblem } from "../../../../../domain/solicitation-scope"
import { findSolicitation, listClarifications } from "../../../../utils/read"
import { publicClarificationView } from "../../../../utils/views"
import { adminActors } from "../../helpers"

/** Every clarification of a plan the caller may read, answered or not — without the asker. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { caller } = adminActors(req)
  const solicitation = await findSolicitation(req, req.params.id)
  const problem = solicitationReadProblem(caller, solicitation)
  if (problem) throw new MedusaError(MedusaError.Types.NOT_FOUND, problem.message)
  const clarifications = (await listClarifications(req, solicitation.id)).map(publicClarificationView)
  res.json({ clarifications, count: clarifications.length })
}
