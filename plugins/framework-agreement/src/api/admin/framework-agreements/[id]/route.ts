import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { solicitationReadProblem } from "../../../../domain/solicitation-scope"
import { adminActors } from "../../solicitations/helpers"
import { agreementView, findAgreement } from "../../../utils/agreement-views"

/** One agreement with its signatures, due dates and memberships (scope as for its solicitation). */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { caller } = adminActors(req)
  const a = await findAgreement(req, req.params.id)
  if (solicitationReadProblem(caller, a)) throw new MedusaError(MedusaError.Types.NOT_FOUND, `framework agreement ${a.id} was not found`)
  res.json({ framework_agreement: agreementView(a) })
}
