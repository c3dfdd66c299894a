import { describe, expect, it } from "vitest"
import { fenToYuanText, formatFen, yuanToFen } from "./yuan"

describe("yuan in forms", () => {
  it.each([
    ["5000", 500000],
    ["¥5,000.00", 500000],
    ["０.２９", 29],
    ["4800.5元", 480050],
  ])("%s → %i fen", (text, fen) => {
    expect(yuanToFen(text)).toEqual({ ok: true, fen })
  })

  it.each([
    ["", "empty"],
    ["abc", "format"],
    ["-5", "format"],
    ["1.234", "precision"],
    ["0", "zero"],
    ["1000000000000000", "too_large"],
  ])("refuses %j (%s)", (text, error) => {
    expect(yuanToFen(text)).toEqual({ ok: false, error })
  })

  it("accepts a zero deposit when asked to", () => {
    expect(yuanToFen("0", { allowZero: true })).toEqual({ ok: true, fen: 0 })
  })

  it("formats and round-trips", () => {
    expect(formatFen(123456)).toBe("¥1,234.56")
    expect(fenToYuanText(480050)).toBe("4800.50")
    expect(fenToYuanText(500000)).toBe("5000")
    expect(yuanToFen(fenToYuanText(480050))).toEqual({ ok: true, fen: 480050 })
  })
})
