import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { changeOfferPriceWorkflow } from "../../../../../workflows/offer-transitions"
import { supplierOrgOf } from "../../../../policies"
import { actorFromRequest } from "../../../../utils/request-actor"
import { refetchOwnOffer } from "../../helpers"
import type { SupplierChangePriceType } from "../../validators"

/** New price: ≤ reference price; an increase of an approved offer goes back to review. */
export const POST = async (req: MedusaRequest<SupplierChangePriceType>, res: MedusaResponse) => {
  const orgId = supplierOrgOf(req)
  await changeOfferPriceWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      price_fen: req.validatedBody.price_fen,
      reason: req.validatedBody.reason ?? null,
      supplier_org_id: orgId,
      actor: actorFromRequest(req, orgId),
    },
  })
  res.json({ offer: await refetchOwnOffer(req, req.params.id) })
}
