import { describe, expect, it } from "vitest"
import { ceilingUnitPrice, resolveVolumeTiers, type VolumeTier } from "./volume-tiers"

// A desktop computer at ¥4,500.00; ¥4,100.00 from 50 units; 10 % off from 100 units.
const BASE = 450000
const TIERS: VolumeTier[] = [
  { min_quantity: 50, unit_price_fen: 410000 },
  { min_quantity: 100, discount_percent: "10" },
]

describe("ceilingUnitPrice", () => {
  it.each([
    [1, 450000, "below the first tier: base price"],
    [49, 450000, "one short of the tier"],
    [50, 410000, "exactly the threshold"],
    [99, 410000, "still the 50 tier"],
    [100, 405000, "450000 × 90 %"],
    [5000, 405000, "the last tier has no upper bound"],
  ])("quantity %d → %d fen (%s)", (quantity, price) => {
    expect(ceilingUnitPrice(BASE, TIERS, quantity)).toBe(price)
  })

  it("refuses a list whose price rises with quantity", () => {
    const rising: VolumeTier[] = [
      { min_quantity: 50, unit_price_fen: 410000 },
      { min_quantity: 100, discount_percent: "8.5" }, // 450000 × 91.5 % = 411750 > 410000
    ]
    expect(() => ceilingUnitPrice(BASE, rising, 10)).toThrow(
      "volume_tiers[1] gives a unit price of 411750 fen, above the 410000 fen that applies to smaller quantities"
    )
  })

  it("rounds a discounted price down to the fen", () => {
    // 333333 × 90.5 % = 301666.365 → 301666
    expect(ceilingUnitPrice(333333, [{ min_quantity: 10, discount_percent: 9.5 }], 10)).toBe(301666)
    // 199 × 66.666667 % = 132.66666733 → 132 (never 133)
    expect(ceilingUnitPrice(199, [{ min_quantity: 2, discount_percent: "33.333333" }], 5)).toBe(132)
  })

  it("applies the highest tier reached", () => {
    const tiers: VolumeTier[] = [
      { min_quantity: 10, discount_percent: "5" },
      { min_quantity: 100, discount_percent: "10" },
    ]
    expect(ceilingUnitPrice(100000, tiers, 9)).toBe(100000)
    expect(ceilingUnitPrice(100000, tiers, 10)).toBe(95000)
    expect(ceilingUnitPrice(100000, tiers, 1000)).toBe(90000)
  })

  it.each([0, -1, 2.5, Number.NaN])("refuses quantity %s", (quantity) => {
    expect(() => ceilingUnitPrice(BASE, [], quantity)).toThrow(/quantity must be a whole number > 0/)
  })
})

describe("resolveVolumeTiers refuses malformed lists, naming the tier", () => {
  it.each([
    [[{ min_quantity: 1, unit_price_fen: 1 }], /volume_tiers\[0\]\.min_quantity must be a whole number ≥ 2/],
    [
      [
        { min_quantity: 10, unit_price_fen: 400000 },
        { min_quantity: 10, unit_price_fen: 390000 },
      ],
      /volume_tiers\[1\]\.min_quantity must be greater than the previous tier's \(10\)/,
    ],
    [[{ min_quantity: 10, unit_price_fen: 460000 }], /above the 450000 fen/],
    [[{ min_quantity: 10 }], /needs exactly one of unit_price_fen or discount_percent/],
    [[{ min_quantity: 10, unit_price_fen: 1, discount_percent: "1" }], /needs exactly one/],
    [[{ min_quantity: 10, discount_percent: "100" }], /discount_percent must be between 0 and 100/],
    [[{ min_quantity: 10, discount_percent: "-5" }], /discount_percent must be between 0 and 100/],
    [[{ min_quantity: 10, discount_percent: "1.0000001" }], /≤ 6 decimals/],
    [[{ min_quantity: 10, unit_price_fen: 0 }], /unit_price_fen must be > 0/],
    [[{ min_quantity: 10, unit_price_fen: 1.5 }], /volume_tiers\[0\]\.unit_price_fen must be a whole number of fen/],
  ])("%j", (tiers, message) => {
    expect(() => resolveVolumeTiers(BASE, tiers as VolumeTier[])).toThrow(message)
  })

  it("refuses a non-positive base price", () => {
    expect(() => resolveVolumeTiers(0, [])).toThrow(/agreement unit_price_fen must be > 0/)
  })
})
