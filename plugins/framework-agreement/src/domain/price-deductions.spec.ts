import { describe, expect, it } from "vitest"
import { createDeductionPolicy, type PriceDeduction } from "./price-deductions"

// Groups from DEFAULT_DEDUCTION_GROUPS: the three small/micro kinds never stack.
const POLICY: PriceDeduction[] = [
  { tag: "sme", percent: 10, group: "small_micro_enterprise" },
  { tag: "disability_welfare_unit", percent: "12.5" },
  { tag: "domestic_product", percent: 20 },
]

describe("price deductions", () => {
  const policy = createDeductionPolicy(POLICY)

  it.each<[string, string[] | undefined, string, number]>([
    ["no tags", undefined, "0", 100_000],
    ["an unknown tag", ["green"], "0", 100_000],
    ["SME 10 %", ["sme"], "10", 90_000],
    ["disability welfare alone", ["disability_welfare_unit"], "12.5", 87_500],
    ["SME and disability welfare: same group, the larger only", ["sme", "disability_welfare_unit"], "12.5", 87_500],
    ["domestic product and SME stack", ["domestic_product", "sme"], "30", 70_000],
    ["all three: 20 + max(10, 12.5)", ["sme", "domestic_product", "disability_welfare_unit"], "32.5", 67_500],
  ])("%s", (_label, tags, percent, evaluation) => {
    expect(policy.percentFor(tags)).toBe(percent)
    expect(policy.evaluationPrice(100_000, tags)).toBe(evaluation)
  })

  it("rounds the deduction half-up to a whole fen", () => {
    // 12.5 % of 99_999 = 12_499.875 → 12_500; of 4 fen = 0.5 → 1
    expect(policy.evaluationPrice(99_999, ["disability_welfare_unit"])).toBe(87_499)
    expect(policy.evaluationPrice(4, ["disability_welfare_unit"])).toBe(3)
  })

  it("gives the same answer whatever the order of the tags", () => {
    expect(policy.percentFor(["sme", "domestic_product"])).toBe(policy.percentFor(["domestic_product", "sme"]))
  })

  it.each<[string, PriceDeduction[], RegExp]>([
    ["a negative percent", [{ tag: "sme", percent: -1 }], /price_deductions\[0\]\.percent must be a percent from 0 to below 100/],
    ["100 %", [{ tag: "sme", percent: 100 }], /price_deductions\[0\]\.percent/],
    ["5 decimals", [{ tag: "sme", percent: "1.00001" }], /price_deductions\[0\]\.percent/],
    ["an empty tag", [{ tag: " ", percent: 5 }], /price_deductions\[0\]\.tag must be a non-empty string/],
    ["a duplicate tag", [{ tag: "sme", percent: 5 }, { tag: "sme", percent: 6 }], /price_deductions\[1\]\.tag "sme" is listed twice/],
  ])("refuses %s, naming the field", (_label, deductions, message) => {
    expect(() => createDeductionPolicy(deductions)).toThrow(message)
  })

  it("keeps the plan's small/micro, disability-welfare and prison kinds in one group by default", () => {
    const plan = createDeductionPolicy([
      { tag: "small_micro_enterprise", percent: 10 },
      { tag: "disability_welfare_unit", percent: 15 },
      { tag: "prison_enterprise", percent: 12 },
      { tag: "green_product", percent: 5 },
    ])
    expect(plan.percentFor(["small_micro_enterprise", "disability_welfare_unit", "prison_enterprise"])).toBe("15")
    expect(plan.percentFor(["small_micro_enterprise", "green_product"])).toBe("15")
    expect(plan.percentFor(["prison_enterprise", "green_product", "disability_welfare_unit"])).toBe("20")
  })

  it("refuses stacked deductions that reach 100 %", () => {
    const greedy = createDeductionPolicy([
      { tag: "a", percent: 60 },
      { tag: "b", percent: 40 },
    ])
    expect(() => greedy.evaluationPrice(100, ["a", "b"])).toThrow(/add up to 100 %, which must stay below 100 %/)
  })
})
