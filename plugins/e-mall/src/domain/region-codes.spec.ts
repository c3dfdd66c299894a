import { describe, expect, it } from "vitest"
import { regionCodesServing } from "./region-codes"

describe("regionCodesServing", () => {
  it.each([
    ["140105", ["140105", "140100", "140000", "100000"]],
    ["140100", ["140100", "140000", "100000"]],
    ["140000", ["140000", "100000"]],
    ["100000", ["100000"]],
  ])("%s → %j", (code, codes) => {
    expect(regionCodesServing(code)).toEqual(codes)
  })

  it.each(["14010", "1401050", "abcdef", ""])("refuses %j naming the field", (code) => {
    expect(() => regionCodesServing(code)).toThrow(/^region_code must be a 6-digit/)
  })
})
