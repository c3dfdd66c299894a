import { describe, expect, it } from "vitest"
import { applyCancel } from "./cancel"
import { applyCapture } from "./capture"
import { openLedger, PaymentLedger, recordAuthorization } from "./ledger"
import { PaymentState } from "./payment-state"

const AT = "2026-03-02T08:00:00.000Z"

function ledgerIn(status: PaymentState): PaymentLedger {
  return { ...openLedger(100), status }
}

describe("applyCancel", () => {
  it.each<[PaymentState, boolean]>([
    ["pending", true],
    ["requires_more", true],
    ["authorized", true],
    ["partially_captured", false],
    ["captured", false],
    ["partially_refunded", false],
    ["refunded", false],
    ["declined", false],
  ])("from %s: allowed %s", (status, allowed) => {
    if (allowed) {
      expect(applyCancel(ledgerIn(status), { at: AT }).ledger.status).toBe("canceled")
    } else {
      expect(() => applyCancel(ledgerIn(status), { at: AT })).toThrow(
        expect.objectContaining({ kind: "not_allowed", code: "illegal_transition" })
      )
    }
  })

  it("releases the uncaptured authorization", () => {
    const authorized = recordAuthorization(openLedger(50_000), { outcome: "authorized" }, { at: AT }).ledger
    const { operation } = applyCancel(authorized, { idempotency_key: "cx", at: AT })
    expect(operation).toMatchObject({ kind: "cancel", key: "cx", amount_fen: 50_000, status_after: "canceled" })
  })

  it("is a replay on a cancelled payment", () => {
    const canceled = applyCancel(ledgerIn("authorized"), { at: AT }).ledger
    const again = applyCancel(canceled, { at: AT })
    expect(again.replayed).toBe(true)
    expect(again.ledger).toBe(canceled)
  })

  it("refuses to cancel after money was captured", () => {
    const authorized = recordAuthorization(openLedger(50_000), { outcome: "authorized" }, { at: AT }).ledger
    const captured = applyCapture(authorized, { amount_fen: 1, at: AT }).ledger
    expect(() => applyCancel(captured, { at: AT })).toThrow(/partially_captured/)
  })
})
