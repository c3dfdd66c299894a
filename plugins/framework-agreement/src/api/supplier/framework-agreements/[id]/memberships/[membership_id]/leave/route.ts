import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { actorFromRequest } from "@govmall/procurement-core/api/utils/request-actor"
import { supplierOrgOf } from "../../../../../../policies"
import { leaveFrameworkAgreementWorkflow } from "../../../../../../../workflows/agreement-memberships"
import { findAgreement, openAgreementSupplierView } from "../../../../../../utils/agreement-views"

/** A supplier leaves an open agreement (announced); closed agreements refuse. */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const org = supplierOrgOf(req)
  const a = await findAgreement(req, req.params.id)
  if (!(a.memberships ?? []).some((m) => m.id === req.params.membership_id && m.supplier_org_id === org)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `membership ${req.params.membership_id} was not found`)
  }
  const body = req.validatedBody as { reason?: string }
  await leaveFrameworkAgreementWorkflow(req.scope).run({
    input: { membership_id: req.params.membership_id, supplier_org_id: org, reason: body.reason ?? null, actor: { ...actorFromRequest(req), organization_id: org } },
  })
  res.json({ framework_agreement: openAgreementSupplierView(await findAgreement(req, req.params.id), org) })
}
