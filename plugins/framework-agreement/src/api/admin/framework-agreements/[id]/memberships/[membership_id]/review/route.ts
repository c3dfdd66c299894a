import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { reviewFrameworkAgreementApplicationWorkflow } from "../../../../../../../workflows/agreement-memberships"
import { adminActors } from "../../../../../solicitations/helpers"
import { agreementView, findAgreement } from "../../../../../../utils/agreement-views"

/** The solicitor approves (announced) or rejects with a reason an application to its open agreement. */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const { actor, caller } = adminActors(req)
  const a = await findAgreement(req, req.params.id)
  if (!(a.memberships ?? []).some((m) => m.id === req.params.membership_id)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `membership ${req.params.membership_id} is not in framework agreement ${a.id}`)
  }
  const body = req.validatedBody as { decision: "approve" | "reject"; reason?: string }
  await reviewFrameworkAgreementApplicationWorkflow(req.scope).run({
    input: { membership_id: req.params.membership_id, decision: body.decision, reason: body.reason ?? null, actor, caller },
  })
  res.json({ framework_agreement: agreementView(await findAgreement(req, req.params.id)) })
}
