import { PaymentRuleError } from "./errors"

/**
 * Lifecycle of one government payment (a cart payment through the provider, or a deposit /
 * prepayment / balance transaction of the mock_payment module). This table is the single source
 * of truth for which moves are legal; capture / refund / cancel compute the target state and ask
 * it. Diagram: plugins/payment-mock/README.md.
 *
 * A refund closes the capture side: once money went back, the rest of the authorization can no
 * longer be captured (authorize a new payment instead). Captured money cannot be cancelled, only
 * refunded.
 */
export const PAYMENT_STATES = [
  "pending",
  "requires_more",
  "authorized",
  "declined",
  "partially_captured",
  "captured",
  "partially_refunded",
  "refunded",
  "canceled",
] as const

export type PaymentState = (typeof PAYMENT_STATES)[number]

export type Transitions<S extends string> = {
  readonly [K in S]: { readonly to: readonly S[] }
}

export const PAYMENT_TRANSITIONS: Transitions<PaymentState> = {
  pending: { to: ["authorized", "requires_more", "declined", "canceled"] },
  requires_more: { to: ["authorized", "declined", "canceled"] },
  authorized: { to: ["partially_captured", "captured", "canceled"] },
  declined: { to: [] },
  partially_captured: {
    to: ["partially_captured", "captured", "partially_refunded", "refunded"],
  },
  captured: { to: ["partially_refunded", "refunded"] },
  partially_refunded: { to: ["partially_refunded", "refunded"] },
  refunded: { to: [] },
  canceled: { to: [] },
}

export const INITIAL_PAYMENT_STATE: PaymentState = "pending"

const STATE_LABELS_ZH: Record<PaymentState, string> = {
  pending: "待授权",
  requires_more: "待确认",
  authorized: "已授权",
  declined: "已拒绝",
  partially_captured: "部分扣款",
  captured: "已扣款",
  partially_refunded: "部分退款",
  refunded: "已退款",
  canceled: "已取消",
}

export function isPaymentState(value: unknown): value is PaymentState {
  return typeof value === "string" && (PAYMENT_STATES as readonly string[]).includes(value)
}

export function stateLabelZh(state: PaymentState): string {
  return STATE_LABELS_ZH[state]
}

export function canTransition<S extends string>(
  from: S,
  to: S,
  transitions: Transitions<S> = PAYMENT_TRANSITIONS as unknown as Transitions<S>
): boolean {
  return transitions[from]?.to.includes(to) ?? false
}

/** Throws a `not_allowed` PaymentRuleError naming both states when `from → to` is illegal. */
export function assertTransition(
  from: PaymentState,
  to: PaymentState,
  action: { zh: string; en: string }
): void {
  if (!canTransition(from, to)) {
    throw new PaymentRuleError({
      kind: "not_allowed",
      code: "illegal_transition",
      field: "status",
      zh: `当前状态「${stateLabelZh(from)}」(${from}) 不允许${action.zh}`,
      en: `Cannot ${action.en} a payment in status ${from} (would move to ${to})`,
    })
  }
}

export function isTerminal<S extends string>(state: S, transitions: Transitions<S>): boolean {
  return transitions[state].to.length === 0
}

/** States no path from `initial` reaches; a well-formed table has none. */
export function unreachableStates<S extends string>(
  transitions: Transitions<S>,
  initial: S
): S[] {
  const seen = new Set<S>([initial])
  const queue: S[] = [initial]
  while (queue.length) {
    const state = queue.shift() as S
    for (const next of transitions[state].to) {
      if (!seen.has(next)) {
        seen.add(next)
        queue.push(next)
      }
    }
  }
  return (Object.keys(transitions) as S[]).filter((state) => !seen.has(state))
}
