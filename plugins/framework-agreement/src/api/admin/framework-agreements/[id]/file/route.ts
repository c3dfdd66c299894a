import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { fileFrameworkAgreementWorkflow } from "../../../../../workflows/agreements"
import { adminActors } from "../../../solicitations/helpers"
import { agreementView, findAgreement } from "../../../../utils/agreement-views"

/** The solicitor files (备案) the signed agreement with its province's regulator. */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const { actor, caller } = adminActors(req)
  await fileFrameworkAgreementWorkflow(req.scope).run({ input: { id: req.params.id, actor, caller } })
  res.json({ framework_agreement: agreementView(await findAgreement(req, req.params.id)) })
}
