import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { solicitationReadProblem } from "../../../../../domain/solicitation-scope"
import { findSolicitation } from "../../../../utils/read"
import { responseModule } from "../../../../utils/response-read"
import { openingView } from "../../../../utils/response-views"
import { adminActors } from "../../helpers"

/** The opening: window, counts and, once closed, the collusion clues (owning agency, the province's regulator, platform). */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { caller } = adminActors(req)
  const solicitation = await findSolicitation(req, req.params.id)
  const problem = solicitationReadProblem(caller, solicitation)
  if (problem) throw new MedusaError(MedusaError.Types.NOT_FOUND, problem.message)
  res.json({ opening: openingView(await responseModule(req).openingOf(solicitation.id)) })
}
