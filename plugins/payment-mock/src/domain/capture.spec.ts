import { describe, expect, it } from "vitest"
import { applyCapture, remainingToCapture } from "./capture"
import { PaymentRuleError } from "./errors"
import { openLedger, PaymentLedger, recordAuthorization } from "./ledger"
import { PaymentState } from "./payment-state"

const AT = "2026-03-02T08:00:00.000Z"

function authorizedLedger(amountFen: number): PaymentLedger {
  return recordAuthorization(openLedger(amountFen), { outcome: "authorized" }, { at: AT }).ledger
}

function captureAll(ledger: PaymentLedger, amounts: (number | undefined)[]): PaymentLedger {
  return amounts.reduce<PaymentLedger>(
    (current, amount, i) =>
      applyCapture(current, { amount_fen: amount, idempotency_key: `c${i}`, at: AT }).ledger,
    ledger
  )
}

describe("applyCapture", () => {
  it.each<[string, number, (number | undefined)[], number, PaymentState]>([
    ["full capture by default", 100_000, [undefined], 100_000, "captured"],
    ["explicit full capture", 100_000, [100_000], 100_000, "captured"],
    ["30% prepayment", 100_000, [30_000], 30_000, "partially_captured"],
    ["prepayment then balance", 100_000, [30_000, undefined], 100_000, "captured"],
    ["prepayment then explicit balance", 100_000, [30_000, 70_000], 100_000, "captured"],
    ["three instalments", 100_000, [10_000, 20_000, 30_000], 60_000, "partially_captured"],
    ["large contract above 2^31 fen", 5_000_000_000, [1_500_000_000, undefined], 5_000_000_000, "captured"],
    ["one fen", 1, [1], 1, "captured"],
  ])("%s", (_, authorizedFen, amounts, captured, status) => {
    const ledger = captureAll(authorizedLedger(authorizedFen), amounts)
    expect(ledger.captured_fen).toBe(captured)
    expect(ledger.status).toBe(status)
    expect(remainingToCapture(ledger)).toBe(authorizedFen - captured)
  })

  it.each<[string, (number | undefined)[], number]>([
    ["one fen over", [], 100_001],
    ["over after a prepayment", [30_000], 70_001],
    ["anything after the full amount", [100_000], 1],
  ])("refuses over-capture: %s", (_, before, amount) => {
    const ledger = captureAll(authorizedLedger(100_000), before)
    try {
      applyCapture(ledger, { amount_fen: amount, idempotency_key: "over", at: AT })
      expect.unreachable()
    } catch (error) {
      const rule = error as PaymentRuleError
      expect(rule.kind).toBe("not_allowed")
      expect(rule.message_zh).toMatch(/扣款|不允许/)
      expect(rule.message_en).toMatch(/capture/i)
    }
  })

  it("over-capture message gives the figures and the field", () => {
    const ledger = captureAll(authorizedLedger(100_000), [30_000])
    expect(() => applyCapture(ledger, { amount_fen: 80_000, at: AT })).toThrow(
      "扣款金额超出授权余额：本次 800.00 元，已授权 1000.00 元，已扣款 300.00 元，最多还可扣 700.00 元（amount_fen） / Capture exceeds the authorized amount: amount_fen 80000 requested, 100000 authorized, 30000 already captured, at most 70000 left"
    )
  })

  it.each<[string, number]>([
    ["zero", 0],
    ["negative", -5],
    ["fractional", 1.5],
  ])("refuses a %s amount as invalid data", (_, amount) => {
    expect(() => applyCapture(authorizedLedger(100), { amount_fen: amount, at: AT })).toThrow(
      expect.objectContaining({ kind: "invalid_data", field: "amount_fen" })
    )
  })

  it.each<[PaymentState]>([["pending"], ["requires_more"], ["declined"], ["canceled"], ["refunded"], ["partially_refunded"]])(
    "refuses to capture in status %s",
    (status) => {
      const ledger = { ...authorizedLedger(100), status }
      expect(() => applyCapture(ledger, { at: AT })).toThrow(
        expect.objectContaining({ kind: "not_allowed", code: "capture_not_allowed" })
      )
    }
  )

  it("replays the same key without a second effect", () => {
    const first = applyCapture(authorizedLedger(100_000), { amount_fen: 30_000, idempotency_key: "pre", at: AT })
    const second = applyCapture(first.ledger, { amount_fen: 30_000, idempotency_key: "pre", at: AT })
    expect(second.replayed).toBe(true)
    expect(second.ledger).toBe(first.ledger)
    expect(second.operation).toEqual(first.operation)
    expect(second.ledger.captured_fen).toBe(30_000)
  })

  it("replays a key given without an amount", () => {
    const first = applyCapture(authorizedLedger(100_000), { amount_fen: 30_000, idempotency_key: "pre", at: AT })
    expect(applyCapture(first.ledger, { idempotency_key: "pre", at: AT }).replayed).toBe(true)
  })

  it("refuses the same key with another amount", () => {
    const first = applyCapture(authorizedLedger(100_000), { amount_fen: 30_000, idempotency_key: "pre", at: AT })
    expect(() =>
      applyCapture(first.ledger, { amount_fen: 40_000, idempotency_key: "pre", at: AT })
    ).toThrow(expect.objectContaining({ code: "idempotency_key_reused" }))
  })

  it("captures twice without keys (two distinct operations)", () => {
    const first = applyCapture(authorizedLedger(100_000), { amount_fen: 30_000, at: AT })
    const second = applyCapture(first.ledger, { amount_fen: 30_000, at: AT })
    expect(second.ledger.captured_fen).toBe(60_000)
  })
})
