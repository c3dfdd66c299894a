import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { rejectOfferWorkflow } from "../../../../../workflows/offer-transitions"
import { actorFromRequest } from "../../../../utils/request-actor"
import { refetchOffer } from "../../helpers"
import type { AdminRejectOfferType } from "../../validators"

/** pending_review → rejected; the reason is shown to the supplier. */
export const POST = async (req: MedusaRequest<AdminRejectOfferType>, res: MedusaResponse) => {
  await rejectOfferWorkflow(req.scope).run({
    input: { id: req.params.id, reason: req.validatedBody.reason, actor: actorFromRequest(req) },
  })
  res.json({ offer: await refetchOffer(req, req.params.id) })
}
