import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { actorFromRequest } from "@govmall/procurement-core/api/utils/request-actor"
import { supplierOrgOf } from "../../../../policies"
import { signFrameworkAgreementWorkflow } from "../../../../../workflows/agreements"
import { findAgreement, openAgreementSupplierView } from "../../../../utils/agreement-views"

/** The shortlisted supplier signs its agreement with its CA certificate (verified on the server). */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const org = supplierOrgOf(req)
  await signFrameworkAgreementWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      side: "supplier",
      party_org_id: org,
      record: req.validatedBody as Record<string, unknown>,
      actor: { ...actorFromRequest(req), organization_id: org },
    },
  })
  res.json({ framework_agreement: openAgreementSupplierView(await findAgreement(req, req.params.id), org) })
}
