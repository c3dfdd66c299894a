import { BigNumber as BigNumberJS } from "bignumber.js"
import { BigNumber } from "@medusajs/framework/utils"
import { describe, expect, it } from "vitest"
import { amountToFen } from "./amount"

describe("amountToFen (Medusa BigNumberInput in yuan → fen)", () => {
  it.each<[string, unknown, number]>([
    ["number", 1234.56, 123456],
    ["number that floats badly", 1.15, 115],
    ["number 0.07", 0.07, 7],
    ["decimal string", "8888.88", 888888],
    ["integer", 100, 10000],
    ["raw value as Medusa stores it", { value: "9999.99000000000000000", precision: 20 }, 999999],
    ["bignumber.js", new BigNumberJS("0.1").plus("0.2"), 30],
    ["Medusa BigNumber", new BigNumber("21474836.48"), 2147483648],
    ["sub-fen residue", "33.333333333", 3333],
    ["half a fen rounds up", "0.005", 1],
    ["half a fen rounds up to the yuan", "19.995", 2000],
    ["just under half a fen rounds down", "1.004999", 100],
    ["number printed in exponent notation", 1e-2, 1],
  ])("%s", (_, amount, fen) => {
    expect(amountToFen(amount as never, "amount")).toBe(fen)
  })

  it.each<[string, unknown]>([
    ["null", null],
    ["undefined", undefined],
    ["NaN", Number.NaN],
    ["Infinity", Number.POSITIVE_INFINITY],
    ["negative", -1],
    ["zero", 0],
    ["less than half a fen", 1e-7],
    ["less than half a fen as text", "0.004999"],
    ["negative sub-fen residue", "-0.001"],
    ["beyond the safe integer range", 1e21],
    ["text", "abc"],
  ])("refuses %s naming the field", (_, amount) => {
    expect(() => amountToFen(amount as never, "amount")).toThrow(/amount/)
  })
})
