import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { approveOfferWorkflow } from "../../../../../workflows/offer-transitions"
import { actorFromRequest } from "../../../../utils/request-actor"
import { refetchOffer } from "../../helpers"

/** pending_review → approved (price ≤ reference and required certificates valid, re-checked). */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  await approveOfferWorkflow(req.scope).run({ input: { id: req.params.id, actor: actorFromRequest(req) } })
  res.json({ offer: await refetchOffer(req, req.params.id) })
}
