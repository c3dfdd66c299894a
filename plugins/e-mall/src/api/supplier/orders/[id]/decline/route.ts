import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { decide } from "../../helpers"
import type { SupplierDeclineOrderType } from "../../validators"

/** pending_confirmation → declined (reason required): the Medusa order is cancelled, its authorization released. */
export const POST = async (req: MedusaRequest<SupplierDeclineOrderType>, res: MedusaResponse) =>
  decide(req, res, "declined", req.validatedBody.reason)
