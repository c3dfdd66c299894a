import { formatDate, formatDateTime, formatFen, parseYuanToFen } from "./format"

describe("formatFen", () => {
  it.each([
    [429900, "zh-CN", "¥4,299.00"],
    [429900, "en", "¥4,299.00"],
    [1, "zh-CN", "¥0.01"],
    [10, "en", "¥0.10"],
    [0, "zh-CN", "¥0.00"],
    [123456789, "zh-CN", "¥1,234,567.89"],
    [2147483647, "en", "¥21,474,836.47"],
    [-1550, "zh-CN", "-¥15.50"],
  ] as const)("%i fen in %s → %s", (fen, language, expected) => {
    expect(formatFen(fen, language)).toBe(expected)
  })

  it("refuses a fraction of a fen", () => {
    expect(() => formatFen(1.5, "zh-CN")).toThrow(RangeError)
  })
})

describe("parseYuanToFen", () => {
  it.each([
    ["4299", 429900],
    ["4,299.5", 429950],
    ["¥4299.00", 429900],
    ["￥ 12.34", 1234],
    ["０.２９", 29],
    ["0.29", 29],
    [" 7 ", 700],
    ["0", 0],
  ])("%j → %i", (input, fen) => {
    expect(parseYuanToFen(input)).toBe(fen)
  })

  it.each(["", "abc", "1.234", "-5", "1e3", "12.", ".5", "1 000"])("%j is not a price", (input) => {
    expect(parseYuanToFen(input)).toBeUndefined()
  })
})

describe("dates on Beijing time", () => {
  it("shows the Beijing wall time whatever the machine's zone", () => {
    // 16:30 UTC is 00:30 the next day in Beijing.
    expect(formatDateTime("2026-12-01T16:30:00.000Z", "zh-CN")).toBe("2026年12月2日 00:30")
    expect(formatDateTime("2026-12-01T16:30:00.000Z", "en")).toBe("Dec 2, 2026, 00:30")
  })

  it("reads a calendar date as a Beijing day", () => {
    expect(formatDate("2027-03-31", "zh-CN")).toBe("2027年3月31日")
    expect(formatDate("2027-03-31", "en")).toBe("Mar 31, 2027")
  })
})
