import { describe, expect, it } from "vitest"
import {
  assertSupplementaryAllowed,
  supplementaryRefusals,
  type SupplementaryInput,
  type SupplementaryRefusal,
} from "./supplementary-solicitation"

const base: SupplementaryInput = { provided_in_documents: true, original_count: 10, remaining_count: 6, execution_affected: true }

describe("supplementary solicitation", () => {
  it.each<[string, Partial<SupplementaryInput>, SupplementaryRefusal[]]>([
    ["6 of 10 remain (60 %)", {}, []],
    ["7 of 10 remain: exactly 70 % is not fewer than 70 %", { remaining_count: 7 }, ["enough_parties_remain"]],
    ["2 of 3 remain (66.7 %)", { original_count: 3, remaining_count: 2 }, []],
    ["none remain", { remaining_count: 0 }, []],
    ["not provided for in the documents", { provided_in_documents: false }, ["not_provided_in_documents"]],
    ["execution not affected", { execution_affected: false }, ["execution_not_affected"]],
    ["a province's 80 % threshold: 7 of 10", { remaining_count: 7, threshold_percent: 80 }, []],
    ["all three unmet", { provided_in_documents: false, remaining_count: 10, execution_affected: false }, ["not_provided_in_documents", "enough_parties_remain", "execution_not_affected"]],
  ])("%s", (_label, patch, refusals) => {
    expect(supplementaryRefusals({ ...base, ...patch })).toEqual(refusals)
  })

  it("throws not_allowed naming the agreement and the reasons", () => {
    try {
      assertSupplementaryAllowed({ ...base, remaining_count: 9 }, "fa_7")
      expect.unreachable()
    } catch (error: any) {
      expect(error.kind).toBe("not_allowed")
      expect(error.message).toBe("agreement fa_7 cannot run a supplementary solicitation: enough_parties_remain")
    }
    expect(() => assertSupplementaryAllowed(base)).not.toThrow()
  })

  it.each<[Partial<SupplementaryInput>, RegExp]>([
    [{ original_count: 0 }, /original_count must be a whole number ≥ 1, got 0/],
    [{ remaining_count: -1 }, /remaining_count must be a whole number ≥ 0, got -1/],
    [{ remaining_count: 11 }, /remaining_count 11 exceeds original_count 10/],
    [{ threshold_percent: 70.5 }, /threshold_percent must be a whole number/],
  ])("refuses %o", (patch, message) => {
    expect(() => supplementaryRefusals({ ...base, ...patch })).toThrow(message)
  })
})
