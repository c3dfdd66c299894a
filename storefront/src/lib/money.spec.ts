import { describe, expect, it } from "vitest"
import { formatPrice } from "./money"

describe("formatPrice", () => {
  it.each([
    [5299, "zh-CN", "¥5,299.00"],
    [0.01, "zh-CN", "¥0.01"],
    [13999.9, "zh-CN", "¥13,999.90"],
    [5299, "en", "¥5,299.00"],
  ])("%d in %s is %s", (amount, locale, expected) => {
    expect(formatPrice(amount, locale)).toBe(expected)
  })
})
