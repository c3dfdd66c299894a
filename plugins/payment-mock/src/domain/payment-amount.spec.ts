import { describe, expect, it } from "vitest"
import { PaymentRuleError } from "./errors"
import { assertPaymentFen, paymentYuanToFen } from "./payment-amount"

// The fen arithmetic itself is procurement-core's and is specified in its money.spec.ts; these
// cases cover only what payment-mock adds: amounts are positive, errors are PaymentRuleErrors.

function ruleError(run: () => unknown): PaymentRuleError {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(PaymentRuleError)
    return error as PaymentRuleError
  }
  return expect.unreachable("expected a PaymentRuleError")
}

describe("assertPaymentFen", () => {
  it.each([[1], [100], [Number.MAX_SAFE_INTEGER]])("accepts %d", (value) => {
    expect(assertPaymentFen(value, "amount_fen")).toBe(value)
  })

  it.each([[0], [-1], [1.5], [Number.MAX_SAFE_INTEGER + 1], ["100"], [null], [undefined], [NaN]])(
    "refuses %j naming the field in both languages",
    (value) => {
      const error = ruleError(() => assertPaymentFen(value, "amount_fen"))
      expect(error).toMatchObject({ kind: "invalid_data", code: "amount_not_fen", field: "amount_fen" })
      expect(error.message_zh).toContain("amount_fen")
      expect(error.message_en).toContain("amount_fen")
    }
  )
})

describe("paymentYuanToFen", () => {
  it.each([
    ["1", 100],
    ["1234.56", 123456],
    ["0.01", 1],
    ["21474836.48", 2147483648], // above a 32-bit integer
    ["90071992547409.91", Number.MAX_SAFE_INTEGER],
  ])("%s yuan → %d fen", (yuan, fen) => {
    expect(paymentYuanToFen(yuan, "amount")).toBe(fen)
  })

  it.each([
    ["-1", "amount_not_decimal", /must not be negative/],
    ["abc", "amount_not_decimal", /not a plain decimal/],
    ["1.234", "amount_not_decimal", /more than 2 decimals/],
    ["90071992547409.92", "amount_not_decimal", /out of range/],
    ["0.00", "amount_not_fen", /positive integer/],
  ])("refuses %j naming the field", (yuan, code, reason) => {
    const error = ruleError(() => paymentYuanToFen(yuan, "refund_amount"))
    expect(error).toMatchObject({ kind: "invalid_data", code, field: "refund_amount" })
    expect(error.message_zh).toContain("refund_amount")
    expect(error.message_en).toContain("refund_amount")
    expect(error.message_en).toMatch(reason)
  })
})
