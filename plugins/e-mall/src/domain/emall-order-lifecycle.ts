import { assertTransition, canTransition, type Transitions } from "@govmall/procurement-core/domain/state-machine"

/**
 * An e-mall order's confirmation by its supplier:
 *
 *   pending_confirmation ──confirm──▶ confirmed
 *            │ ──decline (reason)──▶ declined   (Medusa order cancelled, authorization released)
 *            └ ──overdue / cancel──▶ cancelled  (same release)
 */
export const EMALL_ORDER_STATUSES = ["pending_confirmation", "confirmed", "declined", "cancelled"] as const
export type EmallOrderStatus = (typeof EMALL_ORDER_STATUSES)[number]

export const EMALL_ORDER_TRANSITIONS: Transitions<EmallOrderStatus> = {
  pending_confirmation: { to: ["confirmed", "declined", "cancelled"] },
  confirmed: { to: [] },
  declined: { to: [] },
  cancelled: { to: [] },
}

export function canTransitionEmallOrder(from: EmallOrderStatus, to: EmallOrderStatus): boolean {
  return canTransition(EMALL_ORDER_TRANSITIONS, from, to)
}

export function assertEmallOrderTransition(id: string, from: EmallOrderStatus, to: EmallOrderStatus): void {
  assertTransition(EMALL_ORDER_TRANSITIONS, from, to, `e-mall order ${id}`)
}

/** Default time a supplier has to confirm an order: 48 h, `EMALL_ORDER_CONFIRM_HOURS` overrides. */
export const DEFAULT_CONFIRM_HOURS = 48

export function confirmHoursFromEnv(env: Record<string, string | undefined> = process.env): number {
  const raw = env.EMALL_ORDER_CONFIRM_HOURS
  if (raw === undefined || raw === "") {
    return DEFAULT_CONFIRM_HOURS
  }
  const hours = Number(raw)
  if (!Number.isFinite(hours) || hours <= 0) {
    throw new RangeError(`EMALL_ORDER_CONFIRM_HOURS must be a positive number of hours, got ${JSON.stringify(raw)}`)
  }
  return hours
}

export function confirmDeadline(placedAt: Date, hours: number): Date {
  return new Date(placedAt.getTime() + hours * 3_600_000)
}
