import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateOfferTermsWorkflow } from "../../../../workflows/offer-transitions"
import { supplierOrgOf } from "../../../policies"
import { actorFromRequest } from "../../../utils/request-actor"
import { refetchOwnOffer } from "../helpers"
import type { SupplierUpdateOfferType } from "../validators"

export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json({ offer: await refetchOwnOffer(req, req.params.id) })
}

/** Stock, delivery regions, lead time, warranty (no review). The price has its own route. */
export const POST = async (req: MedusaRequest<SupplierUpdateOfferType>, res: MedusaResponse) => {
  const orgId = supplierOrgOf(req)
  await updateOfferTermsWorkflow(req.scope).run({
    input: { id: req.params.id, terms: req.validatedBody, supplier_org_id: orgId, actor: actorFromRequest(req, orgId) },
  })
  res.json({ offer: await refetchOwnOffer(req, req.params.id) })
}
