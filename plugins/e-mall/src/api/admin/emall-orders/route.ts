import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { emallOrdersWithOrders } from "../../store/emall/helpers"
import { readablePurchasingUnits } from "./scope"
import type { AdminGetEmallOrdersParamsType } from "./validators"

/**
 * E-mall orders with their Medusa orders, newest first; filters status, supplier_org_id,
 * purchasing_unit_org_id. Read-only. A regulator sees its province's purchasing units' orders.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { status, supplier_org_id, purchasing_unit_org_id, limit, offset } = req.validatedQuery as AdminGetEmallOrdersParamsType
  const filters: Record<string, unknown> = {}
  if (status) filters.status = status
  if (supplier_org_id) filters.supplier_org_id = supplier_org_id
  const readable = await readablePurchasingUnits(req)
  const units = readable
    ? readable.filter((id) => !purchasing_unit_org_id || id === purchasing_unit_org_id)
    : purchasing_unit_org_id
      ? [purchasing_unit_org_id]
      : null
  if (units) filters.purchasing_unit_org_id = units
  if (units && !units.length) {
    return res.json({ emall_orders: [], count: 0, limit, offset })
  }
  const { emall_orders, count } = await emallOrdersWithOrders(req, filters, { take: limit, skip: offset })
  res.json({ emall_orders, count, limit, offset })
}
