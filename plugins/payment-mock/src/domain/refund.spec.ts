import { describe, expect, it } from "vitest"
import { applyCapture } from "./capture"
import { openLedger, PaymentLedger, recordAuthorization } from "./ledger"
import { PaymentState } from "./payment-state"
import { applyRefund, refundable } from "./refund"

const AT = "2026-03-02T08:00:00.000Z"

function capturedLedger(authorizedFen: number, capturedFen: number): PaymentLedger {
  const authorized = recordAuthorization(openLedger(authorizedFen), { outcome: "authorized" }, { at: AT }).ledger
  return applyCapture(authorized, { amount_fen: capturedFen, at: AT }).ledger
}

function refundAll(ledger: PaymentLedger, amounts: number[]): PaymentLedger {
  return amounts.reduce<PaymentLedger>(
    (current, amount, i) => applyRefund(current, { amount_fen: amount, idempotency_key: `r${i}`, at: AT }).ledger,
    ledger
  )
}

describe("applyRefund", () => {
  it.each<[string, number, number, number[], number, PaymentState]>([
    ["whole deposit back", 20_000, 20_000, [20_000], 20_000, "refunded"],
    ["part of a capture", 20_000, 20_000, [5_000], 5_000, "partially_refunded"],
    ["in two parts", 20_000, 20_000, [5_000, 15_000], 20_000, "refunded"],
    ["all of a partial capture", 100_000, 30_000, [30_000], 30_000, "refunded"],
    ["part of a partial capture", 100_000, 30_000, [10_000], 10_000, "partially_refunded"],
  ])("%s", (_, authorizedFen, capturedFen, amounts, refunded, status) => {
    const ledger = refundAll(capturedLedger(authorizedFen, capturedFen), amounts)
    expect(ledger.refunded_fen).toBe(refunded)
    expect(ledger.status).toBe(status)
    expect(refundable(ledger)).toBe(capturedFen - refunded)
  })

  it.each<[string, number, number[], number]>([
    ["one fen over the capture", 20_000, [], 20_001],
    ["over after a partial refund", 20_000, [15_000], 5_001],
    ["anything after a full refund", 20_000, [20_000], 1],
  ])("refuses %s", (_, capturedFen, before, amount) => {
    const ledger = refundAll(capturedLedger(capturedFen, capturedFen), before)
    expect(() => applyRefund(ledger, { amount_fen: amount, at: AT })).toThrow(
      expect.objectContaining({ kind: "not_allowed" })
    )
  })

  it("refund beyond captured names the figures", () => {
    expect(() => applyRefund(capturedLedger(100_000, 30_000), { amount_fen: 30_001, at: AT })).toThrow(
      "退款金额超出可退金额：本次 300.01 元，已扣款 300.00 元，已退款 0.00 元，最多还可退 300.00 元（amount_fen） / Refund exceeds the captured amount: amount_fen 30001 requested, 30000 captured, 0 already refunded, at most 30000 left"
    )
  })

  it("refuses to refund an authorization that was never captured", () => {
    const authorized = recordAuthorization(openLedger(100), { outcome: "authorized" }, { at: AT }).ledger
    expect(() => applyRefund(authorized, { amount_fen: 1, at: AT })).toThrow(
      expect.objectContaining({ kind: "not_allowed", code: "refund_not_allowed" })
    )
  })

  it("refuses a missing amount as invalid data", () => {
    expect(() =>
      applyRefund(capturedLedger(100, 100), { amount_fen: undefined as unknown as number, at: AT })
    ).toThrow(expect.objectContaining({ kind: "invalid_data", field: "amount_fen" }))
  })

  it("replays the same key without a second effect", () => {
    const first = applyRefund(capturedLedger(20_000, 20_000), { amount_fen: 5_000, idempotency_key: "dep", at: AT })
    const second = applyRefund(first.ledger, { amount_fen: 5_000, idempotency_key: "dep", at: AT })
    expect(second.replayed).toBe(true)
    expect(second.ledger.refunded_fen).toBe(5_000)
  })

  it("refuses a capture made after a refund", () => {
    const ledger = applyRefund(capturedLedger(100_000, 30_000), { amount_fen: 10_000, at: AT }).ledger
    expect(() => applyCapture(ledger, { at: AT })).toThrow(expect.objectContaining({ code: "capture_not_allowed" }))
  })
})
