import { describe, expect, it } from "vitest"
import { PaymentRuleError } from "./errors"
import { assertFen, fenToYuan, yuanToFen } from "./money"

describe("yuanToFen", () => {
  it.each([
    ["0", 0],
    ["1", 100],
    ["1.5", 150],
    ["1.50", 150],
    ["1234.56", 123456],
    ["0.01", 1],
    ["0.1", 10],
    ["21474836.48", 2147483648], // above a 32-bit integer
    ["90071992547409.91", 9007199254740991], // Number.MAX_SAFE_INTEGER fen
    ["33.333333", 3333], // sub-fen residue rounds half up
    ["0.005", 1],
    ["0.004999", 0],
    ["19.995", 2000],
    ["  8.80 ", 880],
    ["0.07", 7], // 0.07 * 100 = 7.000000000000001 in floating point
    ["1.15", 115], // 1.15 * 100 = 114.99999999999999 in floating point
  ])("%s yuan → %d fen", (yuan, fen) => {
    expect(yuanToFen(yuan)).toBe(fen)
  })

  it.each([["-1"], ["1e3"], ["abc"], [""], ["1.2.3"], ["90071992547409.92"]])(
    "refuses %j",
    (yuan) => {
      expect(() => yuanToFen(yuan, "amount")).toThrow(PaymentRuleError)
    }
  )

  it("names the field in both languages", () => {
    try {
      yuanToFen("-5", "refund_amount")
      expect.unreachable()
    } catch (error) {
      const rule = error as PaymentRuleError
      expect(rule.kind).toBe("invalid_data")
      expect(rule.field).toBe("refund_amount")
      expect(rule.message_zh).toContain("refund_amount")
      expect(rule.message_en).toContain("refund_amount")
    }
  })
})

describe("fenToYuan", () => {
  it.each([
    [0, "0.00"],
    [5, "0.05"],
    [50, "0.50"],
    [123456, "1234.56"],
    [2147483648, "21474836.48"],
  ])("%d fen → %s", (fen, yuan) => {
    expect(fenToYuan(fen)).toBe(yuan)
    expect(yuanToFen(yuan)).toBe(fen)
  })
})

describe("assertFen", () => {
  it.each([[1], [100], [Number.MAX_SAFE_INTEGER]])("accepts %d", (value) => {
    expect(assertFen(value, "amount_fen")).toBe(value)
  })
  it.each([[0], [-1], [1.5], [Number.MAX_SAFE_INTEGER + 1], ["100"], [null], [undefined], [NaN]])(
    "refuses %j",
    (value) => {
      expect(() => assertFen(value, "amount_fen")).toThrow(/amount_fen/)
    }
  )
  it("accepts 0 when allowed", () => {
    expect(assertFen(0, "captured_fen", { allowZero: true })).toBe(0)
  })
})
