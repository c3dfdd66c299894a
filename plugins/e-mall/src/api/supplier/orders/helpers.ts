import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { decideEmallOrderWorkflow } from "../../../workflows/emall-order-decisions"
import { supplierOrgOf } from "../../policies"
import { emallOrdersWithOrders } from "../../store/emall/helpers"
import { actorFromRequest } from "../../utils/request-actor"

/** Runs the supplier's decision on one of its own orders (another supplier's is 404). */
export async function decide(req: MedusaRequest, res: MedusaResponse, to: "confirmed" | "declined", reason: string | null) {
  const orgId = supplierOrgOf(req)
  await decideEmallOrderWorkflow(req.scope).run({
    input: { id: req.params.id, to, reason, supplier_org_id: orgId, actor: actorFromRequest(req, orgId) },
  })
  const { emall_orders } = await emallOrdersWithOrders(req, { id: req.params.id, supplier_org_id: orgId }, { take: 1, skip: 0 })
  res.json({ emall_order: emall_orders[0] })
}
