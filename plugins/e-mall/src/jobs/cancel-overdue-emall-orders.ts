import type { MedusaContainer } from "@medusajs/framework/types"
import { cancelOverdueEmallOrdersWorkflow } from "../workflows/emall-order-decisions"

/**
 * Every 10 minutes: orders a supplier has not confirmed by `confirm_by` (placed + 48 h, or
 * EMALL_ORDER_CONFIRM_HOURS) are cancelled and their payment authorization released.
 */
export default async function cancelOverdueEmallOrdersJob(container: MedusaContainer) {
  await cancelOverdueEmallOrdersWorkflow(container).run({
    input: { actor: { actor_type: "system", actor_id: "emall-order-confirmation-job" } },
  })
}

export const config = {
  name: "emall-cancel-overdue-orders",
  schedule: "*/10 * * * *",
}
