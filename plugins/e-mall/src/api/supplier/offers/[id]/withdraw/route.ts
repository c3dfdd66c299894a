import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { delistOfferWorkflow } from "../../../../../workflows/offer-transitions"
import { supplierOrgOf } from "../../../../policies"
import { actorFromRequest } from "../../../../utils/request-actor"
import { refetchOwnOffer } from "../../helpers"
import type { SupplierWithdrawOfferType } from "../../validators"

/** approved or pending_review → delisted (supplier_withdrew). */
export const POST = async (req: MedusaRequest<SupplierWithdrawOfferType>, res: MedusaResponse) => {
  const orgId = supplierOrgOf(req)
  await delistOfferWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      reason: "supplier_withdrew",
      note: req.validatedBody.note ?? null,
      supplier_org_id: orgId,
      actor: actorFromRequest(req, orgId),
    },
  })
  res.json({ offer: await refetchOwnOffer(req, req.params.id) })
}
