import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { submitOfferWorkflow } from "../../../../../workflows/offer-transitions"
import { supplierOrgOf } from "../../../../policies"
import { actorFromRequest } from "../../../../utils/request-actor"
import { refetchOwnOffer } from "../../helpers"

/** draft / rejected / delisted → pending_review. */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const orgId = supplierOrgOf(req)
  await submitOfferWorkflow(req.scope).run({
    input: { id: req.params.id, supplier_org_id: orgId, actor: actorFromRequest(req, orgId) },
  })
  res.json({ offer: await refetchOwnOffer(req, req.params.id) })
}
