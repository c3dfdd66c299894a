import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { actorFromRequest } from "@govmall/procurement-core/api/utils/request-actor"
import { supplierOrgOf } from "../../../../policies"
import { applyToJoinFrameworkAgreementWorkflow } from "../../../../../workflows/agreement-memberships"
import type { AgreementProduct } from "../../../../../domain/agreement-document"

/** A supplier applies to join an open agreement during its term, with a signed offer ≤ the payment standard. */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const org = supplierOrgOf(req)
  const body = req.validatedBody as { product: AgreementProduct; price_fen: number; record: Record<string, unknown> }
  const { result } = await applyToJoinFrameworkAgreementWorkflow(req.scope).run({
    input: { agreement_id: req.params.id, supplier_org_id: org, ...body, actor: { ...actorFromRequest(req), organization_id: org } },
  })
  res.status(201).json({ membership: { ...result, application_signature: undefined, signer: result.application_signature?.signer ?? null } })
}
