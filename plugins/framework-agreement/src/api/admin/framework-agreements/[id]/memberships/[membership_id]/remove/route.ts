import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { removeFrameworkAgreementSupplierWorkflow } from "../../../../../../../workflows/agreement-memberships"
import type { RemovalReason } from "../../../../../../../domain/membership-lifecycle"
import { adminActors } from "../../../../../solicitations/helpers"
import { agreementView, findAgreement } from "../../../../../../utils/agreement-views"

/** The solicitor removes a supplier during the term on one of the grounds; it can never rejoin. */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const { actor, caller } = adminActors(req)
  const a = await findAgreement(req, req.params.id)
  if (!(a.memberships ?? []).some((m) => m.id === req.params.membership_id)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `membership ${req.params.membership_id} is not in framework agreement ${a.id}`)
  }
  const body = req.validatedBody as { reason: RemovalReason; note?: string }
  await removeFrameworkAgreementSupplierWorkflow(req.scope).run({
    input: { membership_id: req.params.membership_id, reason: body.reason, note: body.note ?? null, actor, caller },
  })
  res.json({ framework_agreement: agreementView(await findAgreement(req, req.params.id)) })
}
