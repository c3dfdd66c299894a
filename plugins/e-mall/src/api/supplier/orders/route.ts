import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { supplierOrgOf } from "../../policies"
import { emallOrdersWithOrders } from "../../store/emall/helpers"

/** The caller's supplier organization's orders, newest first (`?status=` filters). */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { status, limit, offset } = req.validatedQuery as { status?: string; limit: number; offset: number }
  const filters: Record<string, unknown> = { supplier_org_id: supplierOrgOf(req) }
  if (status) filters.status = status
  const { emall_orders, count } = await emallOrdersWithOrders(req, filters, { take: limit, skip: offset })
  res.json({ emall_orders, count, limit, offset })
}
