import { describe, expect, it } from "vitest"
import {
  addFen,
  allocateFen,
  assertFen,
  fenToYuan,
  formatCny,
  MoneyError,
  multiplyFen,
  percentOfFen,
  yuanToFen,
} from "./money"

describe("yuanToFen", () => {
  it.each([
    ["1234.56", 123456],
    ["1234.5", 123450],
    ["1234", 123400],
    ["0.01", 1],
    ["0", 0],
    ["-0.01", -1],
    ["-0", 0],
    ["+12.30", 1230],
    ["  7.07 ", 707],
    ["90071992547409.91", Number.MAX_SAFE_INTEGER],
    [1234.56, 123456],
    [0.1, 10],
    [19.99, 1999],
    [100.5, 10050],
    [-3.5, -350],
  ] as const)("%j → %d fen", (input, expected) => {
    expect(yuanToFen(input)).toBe(expected)
  })

  it.each([
    ["1.234", /more than 2 decimals/],
    [0.1 + 0.2, /more than 2 decimals/],
    [1e-7, /not a plain decimal/],
    [1e21, /not a plain decimal/],
    ["1,234.56", /not a plain decimal/],
    ["12.", /not a plain decimal/],
    [".5", /not a plain decimal/],
    ["", /not a plain decimal/],
    ["abc", /not a plain decimal/],
    [Number.NaN, /finite/],
    [Number.POSITIVE_INFINITY, /finite/],
    ["90071992547409.92", /out of range/],
  ] as const)("rejects %j", (input, message) => {
    expect(() => yuanToFen(input)).toThrow(MoneyError)
    expect(() => yuanToFen(input)).toThrow(message)
  })

  it("names the value and the field in the error", () => {
    expect(() => yuanToFen("1.234", { label: "unit_price" })).toThrow(
      'unit_price has more than 2 decimals (smaller than 1 fen): "1.234"'
    )
  })

  it("rejects negatives only when asked", () => {
    expect(yuanToFen("-1", {})).toBe(-100)
    expect(() => yuanToFen("-1", { nonNegative: true, label: "budget" })).toThrow(
      'budget must not be negative, got "-1"'
    )
    expect(yuanToFen("-0.00", { nonNegative: true })).toBe(0)
  })
})

describe("fenToYuan", () => {
  it.each([
    [123456, "1234.56"],
    [1, "0.01"],
    [10, "0.10"],
    [0, "0.00"],
    [-5, "-0.05"],
    [-123456, "-1234.56"],
    [Number.MAX_SAFE_INTEGER, "90071992547409.91"],
  ])("%d → %s", (fen, yuan) => {
    expect(fenToYuan(fen)).toBe(yuan)
    expect(yuanToFen(yuan)).toBe(fen)
  })

  it.each([1.5, Number.NaN, Number.MAX_SAFE_INTEGER + 1])("rejects %d", (fen) => {
    expect(() => fenToYuan(fen)).toThrow(MoneyError)
  })
})

describe("formatCny", () => {
  it.each([
    [123456, "zh-CN", "¥1,234.56"],
    [0, "zh-CN", "¥0.00"],
    [5, "zh-CN", "¥0.05"],
    [-123456, "zh-CN", "-¥1,234.56"],
    [123456, "en-US", "CN¥1,234.56"],
    [Number.MAX_SAFE_INTEGER, "zh-CN", "¥90,071,992,547,409.91"],
  ])("%d in %s → %s", (fen, locale, text) => {
    expect(formatCny(fen, locale)).toBe(text)
  })

  it("defaults to zh-CN", () => {
    expect(formatCny(100)).toBe("¥1.00")
  })
})

describe("assertFen", () => {
  it.each([0, 1, -1, Number.MAX_SAFE_INTEGER])("accepts %d", (value) => {
    expect(() => assertFen(value)).not.toThrow()
  })

  it.each([0.5, Number.NaN, Infinity, "100", null, 2 ** 53])("rejects %j", (value) => {
    expect(() => assertFen(value, "deposit")).toThrow(/deposit must be a whole number of fen/)
  })
})

describe("addFen and multiplyFen", () => {
  it("adds exactly", () => {
    expect(addFen(10, 20, 30)).toBe(60)
    expect(addFen()).toBe(0)
    expect(addFen(yuanToFen("0.1"), yuanToFen("0.2"))).toBe(yuanToFen("0.3"))
  })

  it("refuses overflow and non-integers", () => {
    expect(() => addFen(Number.MAX_SAFE_INTEGER, 1)).toThrow(/out of range/)
    expect(() => addFen(1, 0.5)).toThrow(/amount #2/)
  })

  it.each([
    [1999, 3, 5997],
    [1999, 0, 0],
    [-100, 2, -200],
  ])("%d × %d = %d", (fen, quantity, product) => {
    expect(multiplyFen(fen, quantity)).toBe(product)
  })

  it.each([1.5, -1, Number.NaN])("rejects quantity %d", (quantity) => {
    expect(() => multiplyFen(100, quantity)).toThrow(/quantity must be a whole number/)
  })

  it("refuses an overflowing product", () => {
    expect(() => multiplyFen(Number.MAX_SAFE_INTEGER, 2)).toThrow(/out of range/)
  })
})

describe("percentOfFen", () => {
  it.each([
    [100001, 30, "half-up", 30000], // 30000.3
    [100005, 30, "half-up", 30002], // 30001.5 → up
    [5, 50, "half-up", 3], // 2.5 → 3
    [-5, 50, "half-up", -3], // half away from zero
    [4, 50, "half-up", 2],
    [100005, 30, "down", 30001],
    [100001, 30, "up", 30001],
    [-100001, 30, "up", -30001],
    [1000000, "2", "down", 20000], // 2 % bid-deposit cap
    [1000001, "2.5", "half-up", 25000], // 25000.025
    [1000000, "0.125", "half-up", 1250],
    [12345, 100, "half-up", 12345],
    [12345, 0, "half-up", 0],
    [12345, 150, "half-up", 18518], // 18517.5 → 18518
  ] as const)("%d × %s %% (%s) = %d", (fen, percent, rounding, expected) => {
    expect(percentOfFen(fen, percent, rounding)).toBe(expected)
  })

  it("rounds half-up by default", () => {
    expect(percentOfFen(1, 50)).toBe(1)
  })

  it.each([-1, "abc", Number.NaN, "1.1234567"])("rejects percent %j", (percent) => {
    expect(() => percentOfFen(100, percent)).toThrow(MoneyError)
  })
})

describe("allocateFen", () => {
  it.each([
    [100001, [30, 70], [30000, 70001]],
    [100000, [30, 70], [30000, 70000]],
    [100, [1, 1, 1], [34, 33, 33]],
    [2, [1, 1, 1], [1, 1, 0]],
    [101, [1, 0, 1], [51, 0, 50]],
    [0, [30, 70], [0, 0]],
    [-100001, [30, 70], [-30000, -70001]],
    [7, [5], [7]],
  ])("%d by %j → %j", (total, weights, parts) => {
    const result = allocateFen(total, weights)
    expect(result).toEqual(parts)
    expect(addFen(...result)).toBe(total)
  })

  it("always sums exactly", () => {
    for (let total = 0; total < 500; total += 7) {
      for (const weights of [[1, 2, 3], [30, 70], [33, 33, 34], [1, 1, 1, 1, 1, 1, 1]]) {
        expect(addFen(...allocateFen(total, weights))).toBe(total)
      }
    }
  })

  it.each([
    [[], /non-empty/],
    [[0, 0], /not all be zero/],
    [[1, -1], /weight #2/],
    [[1.5, 1], /weight #1/],
  ])("rejects weights %j", (weights, message) => {
    expect(() => allocateFen(100, weights)).toThrow(message)
  })
})
