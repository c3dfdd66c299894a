import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { emallOrdersWithOrders } from "../../../store/emall/helpers"
import { readablePurchasingUnits } from "../scope"

/** One e-mall order with its Medusa order; outside a regulator's province → 404. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { emall_orders } = await emallOrdersWithOrders(req, { id: req.params.id }, { take: 1, skip: 0 })
  const [emallOrder] = emall_orders
  const readable = emallOrder ? await readablePurchasingUnits(req) : null
  if (!emallOrder || (readable && !readable.includes(emallOrder.purchasing_unit_org_id))) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `e-mall order ${req.params.id} was not found`)
  }
  res.json({ emall_order: emallOrder })
}
