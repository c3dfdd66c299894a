import { fenToYuan } from "@govmall/procurement-core/domain/money"
import { PaymentRuleError } from "./errors"
import { appendOperation, findReplay, LedgerResult, OperationMeta, PaymentLedger } from "./ledger"
import { assertPaymentFen } from "./payment-amount"
import { assertTransition, stateLabelZh } from "./payment-state"

export interface RefundRequest extends OperationMeta {
  amount_fen: number
}

export function refundable(ledger: PaymentLedger): number {
  return ledger.captured_fen - ledger.refunded_fen
}

/**
 * Refunds part or all of what was captured (a bid deposit returned, an overpaid balance). The
 * refunded total never exceeds the captured total. Replaying a key returns the ledger unchanged.
 */
export function applyRefund(ledger: PaymentLedger, request: RefundRequest): LedgerResult {
  const key = request.idempotency_key ?? null
  const amount = assertPaymentFen(request.amount_fen, "amount_fen")
  const replay = findReplay(ledger, "refund", key, amount)
  if (replay) {
    return { ledger, operation: replay, replayed: true }
  }
  if (
    ledger.status !== "captured" &&
    ledger.status !== "partially_captured" &&
    ledger.status !== "partially_refunded"
  ) {
    throw new PaymentRuleError({
      kind: "not_allowed",
      code: "refund_not_allowed",
      field: "status",
      zh: `当前状态「${stateLabelZh(ledger.status)}」(${ledger.status}) 不允许退款：只能退已扣款的金额`,
      en: `Cannot refund a payment in status ${ledger.status}: only captured money can be refunded`,
    })
  }
  const available = refundable(ledger)
  if (amount > available) {
    throw new PaymentRuleError({
      kind: "not_allowed",
      code: "refund_exceeds_captured",
      field: "amount_fen",
      zh: `退款金额超出可退金额：本次 ${fenToYuan(amount)} 元，已扣款 ${fenToYuan(ledger.captured_fen)} 元，已退款 ${fenToYuan(ledger.refunded_fen)} 元，最多还可退 ${fenToYuan(available)} 元（amount_fen）`,
      en: `Refund exceeds the captured amount: amount_fen ${amount} requested, ${ledger.captured_fen} captured, ${ledger.refunded_fen} already refunded, at most ${available} left`,
    })
  }
  const refunded = ledger.refunded_fen + amount
  const status = refunded === ledger.captured_fen ? "refunded" : "partially_refunded"
  assertTransition(ledger.status, status, { zh: "退款", en: "refund" })
  return appendOperation(
    ledger,
    { status, refunded_fen: refunded },
    { kind: "refund", key, amount_fen: amount, at: request.at }
  )
}
