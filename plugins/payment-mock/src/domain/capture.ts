import { fenToYuan } from "@govmall/procurement-core/domain/money"
import { PaymentRuleError } from "./errors"
import { appendOperation, findReplay, LedgerResult, OperationMeta, PaymentLedger } from "./ledger"
import { assertPaymentFen } from "./payment-amount"
import { assertTransition, stateLabelZh } from "./payment-state"

export interface CaptureRequest extends OperationMeta {
  /** Fen to capture; omitted → everything still uncaptured (the balance). */
  amount_fen?: number
}

export function remainingToCapture(ledger: PaymentLedger): number {
  return ledger.authorized_fen - ledger.captured_fen
}

/**
 * Captures part or all of the authorized amount: a prepayment, then the balance. The captured
 * total never exceeds the authorized amount. Replaying a key returns the ledger unchanged.
 */
export function applyCapture(ledger: PaymentLedger, request: CaptureRequest): LedgerResult {
  const key = request.idempotency_key ?? null
  const replay = findReplay(ledger, "capture", key, request.amount_fen)
  if (replay) {
    return { ledger, operation: replay, replayed: true }
  }
  if (ledger.status !== "authorized" && ledger.status !== "partially_captured") {
    throw new PaymentRuleError({
      kind: "not_allowed",
      code: "capture_not_allowed",
      field: "status",
      zh: `当前状态「${stateLabelZh(ledger.status)}」(${ledger.status}) 不允许扣款`,
      en: `Cannot capture a payment in status ${ledger.status}`,
    })
  }
  const remaining = remainingToCapture(ledger)
  const amount =
    request.amount_fen === undefined ? remaining : assertPaymentFen(request.amount_fen, "amount_fen")
  if (amount > remaining) {
    throw new PaymentRuleError({
      kind: "not_allowed",
      code: "capture_exceeds_authorized",
      field: "amount_fen",
      zh: `扣款金额超出授权余额：本次 ${fenToYuan(amount)} 元，已授权 ${fenToYuan(ledger.authorized_fen)} 元，已扣款 ${fenToYuan(ledger.captured_fen)} 元，最多还可扣 ${fenToYuan(remaining)} 元（amount_fen）`,
      en: `Capture exceeds the authorized amount: amount_fen ${amount} requested, ${ledger.authorized_fen} authorized, ${ledger.captured_fen} already captured, at most ${remaining} left`,
    })
  }
  const captured = ledger.captured_fen + amount
  const status = captured === ledger.authorized_fen ? "captured" : "partially_captured"
  assertTransition(ledger.status, status, { zh: "扣款", en: "capture" })
  return appendOperation(
    ledger,
    { status, captured_fen: captured },
    { kind: "capture", key, amount_fen: amount, at: request.at }
  )
}
