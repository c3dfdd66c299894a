import { describe, expect, it } from "vitest"
import {
  checkDecisionReason,
  checkEvidenceText,
  checkEvidenceUrl,
  checkObservedPrice,
  checkTargetPrice,
} from "./check-price-report-input"

describe("checkEvidenceText / checkEvidenceUrl / checkDecisionReason", () => {
  it.each([
    ["京东自营同型号 ¥2,499", "京东自营同型号 ¥2,499"],
    ["  padded  ", "padded"],
  ])("evidence_text %j → %j", (input, expected) => {
    expect(checkEvidenceText(input)).toBe(expected)
  })
  it.each([undefined, null, "", "   ", 42])("evidence_text %j → required", (input) => {
    expect(() => checkEvidenceText(input)).toThrow("evidence_text is required")
  })
  it("evidence_text longer than 4000 characters is refused", () => {
    expect(() => checkEvidenceText("价".repeat(4001))).toThrow("evidence_text must be at most 4000 characters")
  })

  it.each([
    [undefined, null],
    [null, null],
    ["", null],
    ["https://item.jd.com/100012043978.html", "https://item.jd.com/100012043978.html"],
    ["http://example.cn/p?id=1", "http://example.cn/p?id=1"],
  ])("evidence_url %j → %j", (input, expected) => {
    expect(checkEvidenceUrl(input)).toBe(expected)
  })
  it.each(["ftp://example.cn/x", "javascript:alert(1)", "item.jd.com/1", "https://", 7])(
    "evidence_url %j → invalid naming the field",
    (input) => {
      expect(() => checkEvidenceUrl(input)).toThrow(/evidence_url must be an http\(s\) URL/)
    }
  )

  it.each([
    ["核实属实", "核实属实"],
    [" 价格偏高 ", "价格偏高"],
  ])("reason %j → %j", (input, expected) => {
    expect(checkDecisionReason(input, "uphold price report prep_1")).toBe(expected)
  })
  it.each([undefined, "", "  "])("reason %j → required, naming the action", (input) => {
    expect(() => checkDecisionReason(input, "uphold price report prep_1")).toThrow(
      "reason is required to uphold price report prep_1"
    )
  })
})

describe("checkObservedPrice / checkTargetPrice", () => {
  it.each([
    [undefined, null],
    [null, null],
    [1, 1],
    [279_999, 279_999],
  ])("observed %j with offer 280000 → %j", (observed, expected) => {
    expect(checkObservedPrice(observed, 280_000)).toBe(expected)
  })

  it.each([
    [0, /observed_price_fen must be greater than 0/],
    [-5, /observed_price_fen must be greater than 0/],
    [12.5, /observed_price_fen must be a whole number of fen/],
    ["100", /observed_price_fen must be a whole number of fen, got "100"/],
    [280_000, /observed_price_fen 280000 must be below the offer's price 280000/],
    [2_147_483_648, /observed_price_fen must be at most/],
  ])("observed %j → invalid_data naming the field", (observed, message) => {
    expect(() => checkObservedPrice(observed, 280_000)).toThrow(message)
    try {
      checkObservedPrice(observed, 280_000)
    } catch (error: any) {
      expect(error.kind).toBe("invalid_data")
    }
  })

  it.each([
    [250_000, 250_000, null],
    [279_999, 279_999, null],
    [280_000, null, /target_price_fen 280000 must be below the offer's current price 280000/],
    [300_000, null, /target_price_fen 300000 must be below/],
    [0, null, /target_price_fen must be greater than 0/],
    [1.5, null, /target_price_fen must be a whole number/],
    [undefined, null, /target_price_fen must be a whole number/],
  ])("target %j with offer 280000", (target, expected, message) => {
    if (message) {
      expect(() => checkTargetPrice(target, 280_000)).toThrow(message)
    } else {
      expect(checkTargetPrice(target, 280_000)).toBe(expected)
    }
  })
})

