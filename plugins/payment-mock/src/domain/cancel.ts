import { appendOperation, LedgerResult, OperationMeta, PaymentLedger } from "./ledger"
import { assertTransition } from "./payment-state"

/**
 * Cancels a payment before any money moved (pending, waiting for confirmation, or authorized:
 * the authorization is released). Cancelling a cancelled payment is a no-op replay; anything
 * captured must be refunded instead.
 */
export function applyCancel(ledger: PaymentLedger, meta: OperationMeta): LedgerResult {
  if (ledger.status === "canceled") {
    const previous = [...ledger.operations].reverse().find((op) => op.kind === "cancel")
    return {
      ledger,
      operation: previous ?? {
        kind: "cancel",
        key: meta.idempotency_key ?? null,
        amount_fen: 0,
        status_after: "canceled",
        at: meta.at,
      },
      replayed: true,
    }
  }
  assertTransition(ledger.status, "canceled", { zh: "取消", en: "cancel" })
  return appendOperation(
    ledger,
    { status: "canceled", next_step: null },
    {
      kind: "cancel",
      key: meta.idempotency_key ?? null,
      amount_fen: ledger.authorized_fen - ledger.captured_fen,
      at: meta.at,
    }
  )
}
