import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { recordReferencePriceWorkflow } from "../../../workflows/offer-transitions"
import { actorFromRequest } from "../../utils/request-actor"
import type { AdminGetReferencePricesParamsType, AdminRecordReferencePriceType } from "./validators"

const FIELDS = ["id", "product_id", "price_fen", "source", "note", "recorded_by", "recorded_at"]

/** Reference prices, optionally `?product_id=`. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { product_id: productId } = req.validatedQuery as AdminGetReferencePricesParamsType
  const { data: reference_prices } = await query.graph({
    entity: "reference_price",
    fields: FIELDS,
    filters: productId ? { product_id: productId } : {},
  })
  res.json({ reference_prices })
}

/** Records (or replaces) the reference price of a product: the cap for every offer on it. */
export const POST = async (req: MedusaRequest<AdminRecordReferencePriceType>, res: MedusaResponse) => {
  const { result } = await recordReferencePriceWorkflow(req.scope).run({
    input: { reference: req.validatedBody, actor: actorFromRequest(req) },
  })
  res.status(201).json({ reference_price: result })
}
