import { describe, expect, it } from "vitest"
import { fenToYuanInput, formatFen, MAX_PRICE_FEN, parseYuanToFen } from "./money"

describe("parseYuanToFen", () => {
  it.each([
    ["2500", 250000],
    ["2500.5", 250050],
    ["2500.50", 250050],
    ["0.29", 29], // 0.29 * 100 = 28.999999999999996 in floating point
    ["0.01", 1],
    ["1.10", 110],
    ["19.99", 1999],
    ["007.5", 750],
    ["2,499.50", 249950],
    ["1,234,567", 123456700],
    ["¥2499.5", 249950],
    ["￥ 2499.5", 249950],
    ["２４９９．５０", 249950], // full-width digits and point
    ["2499.5元", 249950],
    ["  2499.5  ", 249950],
    ["21474836.47", MAX_PRICE_FEN],
  ])("%j → %d fen", (input, fen) => {
    expect(parseYuanToFen(input)).toEqual({ ok: true, fen })
  })

  it.each([
    ["", "empty"],
    ["   ", "empty"],
    ["¥", "empty"],
    ["abc", "format"],
    ["-5", "format"],
    ["1e3", "format"],
    ["2.", "format"],
    [".5", "format"],
    ["12,34", "format"],
    ["1,2345", "format"],
    ["2 500", "format"],
    ["2499.505", "precision"],
    ["0.001", "precision"],
    ["0", "zero"],
    ["0.00", "zero"],
    ["21474836.48", "too_large"],
    ["99999999999999999999", "too_large"],
  ])("%j → %s", (input, error) => {
    expect(parseYuanToFen(input)).toEqual({ ok: false, error })
  })

  it("honours a smaller maximum", () => {
    expect(parseYuanToFen("100.01", 10_000)).toEqual({ ok: false, error: "too_large" })
    expect(parseYuanToFen("100", 10_000)).toEqual({ ok: true, fen: 10_000 })
  })
})

describe("formatFen / fenToYuanInput", () => {
  it.each([
    [0, "¥0.00", "0.00"],
    [1, "¥0.01", "0.01"],
    [29, "¥0.29", "0.29"],
    [250050, "¥2,500.50", "2500.50"],
    [123456700, "¥1,234,567.00", "1234567.00"],
    [MAX_PRICE_FEN, "¥21,474,836.47", "21474836.47"],
    [-1999, "-¥19.99", "-19.99"],
  ])("%d → %s / %s", (fen, shown, input) => {
    expect(formatFen(fen)).toBe(shown)
    expect(fenToYuanInput(fen)).toBe(input)
  })

  it.each([12.5, Number.NaN, 2 ** 60])("refuses %d (not a whole number of fen)", (fen) => {
    expect(() => formatFen(fen)).toThrow(RangeError)
  })

  it.each([1, 29, 999, 250050, MAX_PRICE_FEN])("%d fen survives a round trip through the input field", (fen) => {
    expect(parseYuanToFen(fenToYuanInput(fen))).toEqual({ ok: true, fen })
  })
})
