import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { acknowledgeFrameworkAgreementFilingWorkflow } from "../../../../../workflows/agreements"
import { adminActors } from "../../../solicitations/helpers"
import { agreementView, findAgreement } from "../../../../utils/agreement-views"

/** The regulator of the agreement's province acknowledges its filing. */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const { actor, caller } = adminActors(req)
  await acknowledgeFrameworkAgreementFilingWorkflow(req.scope).run({ input: { id: req.params.id, actor, caller } })
  res.json({ framework_agreement: agreementView(await findAgreement(req, req.params.id)) })
}
