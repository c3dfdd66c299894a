import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { purchasingUnitOf } from "../../../policies"
import { emallOrdersWithOrders } from "../helpers"

/** The caller's purchasing unit's e-mall orders (all its members'), newest first. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { status, limit, offset } = req.validatedQuery as { status?: string; limit: number; offset: number }
  const filters: Record<string, unknown> = { purchasing_unit_org_id: purchasingUnitOf(req) }
  if (status) filters.status = status
  const { emall_orders, count } = await emallOrdersWithOrders(req, filters, { take: limit, skip: offset })
  res.json({ emall_orders, count, limit, offset })
}
