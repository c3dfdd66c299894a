import type { AuthorizationDecision, AuthorizationStep, DeclineCode } from "./decide-authorization"
import { PaymentRuleError } from "./errors"
import { assertPaymentFen } from "./payment-amount"
import { assertTransition, PaymentState } from "./payment-state"

/**
 * The running totals of one payment, in integer fen, plus the operations applied to it. The
 * provider keeps a ledger inside the Medusa payment `data`; the mock_payment module keeps one
 * per transaction row. Both apply the same functions (`recordAuthorization`, `applyCapture`,
 * `applyRefund`, `applyCancel`), which never mutate their input.
 */
export type LedgerOperationKind = "authorize" | "capture" | "refund" | "cancel"

export interface LedgerOperation {
  kind: LedgerOperationKind
  /** Idempotency key of the call; `null` when the caller gave none (then no replay detection). */
  key: string | null
  amount_fen: number
  status_after: PaymentState
  /** ISO timestamp given by the caller (domain code never reads the clock). */
  at: string
}

export interface PaymentLedger {
  status: PaymentState
  /** The amount asked for. */
  amount_fen: number
  authorized_fen: number
  captured_fen: number
  refunded_fen: number
  next_step: AuthorizationStep | null
  decline_code: DeclineCode | null
  decline_reason: string | null
  operations: LedgerOperation[]
}

export interface LedgerResult {
  ledger: PaymentLedger
  operation: LedgerOperation
  /** True when the call was a replay of an earlier one: nothing changed. */
  replayed: boolean
}

export interface OperationMeta {
  idempotency_key?: string | null
  at: string
}

export function openLedger(amountFen: number): PaymentLedger {
  return {
    status: "pending",
    amount_fen: assertPaymentFen(amountFen, "amount_fen"),
    authorized_fen: 0,
    captured_fen: 0,
    refunded_fen: 0,
    next_step: null,
    decline_code: null,
    decline_reason: null,
    operations: [],
  }
}

/**
 * Finds an earlier operation with the same idempotency key. The same key with another kind or
 * another amount is a caller bug and is refused rather than silently replayed.
 */
export function findReplay(
  ledger: PaymentLedger,
  kind: LedgerOperationKind,
  key: string | null | undefined,
  amountFen?: number
): LedgerOperation | undefined {
  if (!key) {
    return undefined
  }
  const previous = ledger.operations.find((operation) => operation.key === key)
  if (!previous) {
    return undefined
  }
  if (previous.kind !== kind || (amountFen !== undefined && previous.amount_fen !== amountFen)) {
    throw new PaymentRuleError({
      kind: "invalid_data",
      code: "idempotency_key_reused",
      field: "idempotency_key",
      zh: `幂等键 ${key} 已用于另一操作（${previous.kind}，${previous.amount_fen} 分），不能用于本次 ${kind}${amountFen === undefined ? "" : `（${amountFen} 分）`}`,
      en: `idempotency_key ${key} was already used for ${previous.kind} of ${previous.amount_fen} fen; it cannot be reused for ${kind}${amountFen === undefined ? "" : ` of ${amountFen} fen`}`,
    })
  }
  return previous
}

export function appendOperation(
  ledger: PaymentLedger,
  patch: Partial<Omit<PaymentLedger, "operations">>,
  operation: Omit<LedgerOperation, "status_after">
): LedgerResult {
  const status = patch.status ?? ledger.status
  const applied: LedgerOperation = { ...operation, status_after: status }
  return {
    ledger: { ...ledger, ...patch, status, operations: [...ledger.operations, applied] },
    operation: applied,
    replayed: false,
  }
}

/**
 * Applies an authorization decision to a `pending` or `requires_more` ledger. A decision that
 * leaves the state as it is (still waiting for the confirmation code) changes nothing.
 */
export function recordAuthorization(
  ledger: PaymentLedger,
  decision: AuthorizationDecision,
  meta: OperationMeta
): LedgerResult {
  const key = meta.idempotency_key ?? null
  if (decision.outcome === ledger.status) {
    const last = ledger.operations[ledger.operations.length - 1]
    return {
      ledger,
      operation: last ?? {
        kind: "authorize",
        key,
        amount_fen: 0,
        status_after: ledger.status,
        at: meta.at,
      },
      replayed: true,
    }
  }
  assertTransition(ledger.status, decision.outcome, { zh: "授权", en: "authorize" })
  const operation = { kind: "authorize" as const, key, at: meta.at }
  switch (decision.outcome) {
    case "authorized":
      return appendOperation(
        ledger,
        {
          status: "authorized",
          authorized_fen: ledger.amount_fen,
          next_step: null,
          decline_code: null,
          decline_reason: null,
        },
        { ...operation, amount_fen: ledger.amount_fen }
      )
    case "requires_more":
      return appendOperation(
        ledger,
        { status: "requires_more", next_step: decision.next_step },
        { ...operation, amount_fen: 0 }
      )
    case "declined":
      return appendOperation(
        ledger,
        {
          status: "declined",
          next_step: null,
          decline_code: decision.reason_code,
          decline_reason: `${decision.message_zh} / ${decision.message_en}`,
        },
        { ...operation, amount_fen: 0 }
      )
  }
}
