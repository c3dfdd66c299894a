import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { signFrameworkAgreementWorkflow } from "../../../../../workflows/agreements"
import { adminActors } from "../../../solicitations/helpers"
import { agreementView, findAgreement } from "../../../../utils/agreement-views"

/** The solicitor signs with its agency's CA certificate (verified on the server). */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const { actor, caller } = adminActors(req)
  await signFrameworkAgreementWorkflow(req.scope).run({
    input: { id: req.params.id, side: "solicitor", record: req.validatedBody as Record<string, unknown>, actor, caller },
  })
  res.json({ framework_agreement: agreementView(await findAgreement(req, req.params.id)) })
}
