import type { EmallOrderStatus } from "./emall-order-lifecycle"

export type OverdueCandidate = { id: string; status: EmallOrderStatus; confirm_by: Date | string }

/**
 * The e-mall orders whose supplier let the confirmation deadline pass: still
 * pending_confirmation and `confirm_by` strictly before `now`. Oldest deadline first.
 */
export function selectOverdueOrders<T extends OverdueCandidate>(orders: T[], now: Date): T[] {
  const at = now.getTime()
  return orders
    .filter((o) => o.status === "pending_confirmation" && new Date(o.confirm_by).getTime() < at)
    .sort((a, b) => new Date(a.confirm_by).getTime() - new Date(b.confirm_by).getTime())
}
