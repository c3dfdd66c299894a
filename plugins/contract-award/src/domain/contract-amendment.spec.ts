import { describe, expect, it } from "vitest"
import {
  AMENDMENT_STATUSES,
  amendmentTransitionProblems,
  assertAmendmentTransition,
  canTransitionAmendment,
  checkAmendment,
  effectiveLines,
  type Amendment,
  type AmendmentStatus,
} from "./contract-amendment"
import type { ContractLine } from "./contract-money"

const ALLOWED: Array<[AmendmentStatus, AmendmentStatus]> = [
  ["draft", "awaiting_signatures"],
  ["draft", "withdrawn"],
  ["awaiting_signatures", "signed"],
  ["awaiting_signatures", "withdrawn"],
]

describe("amendment lifecycle", () => {
  it("is sound", () => {
    expect(amendmentTransitionProblems()).toEqual([])
  })
  const allPairs = AMENDMENT_STATUSES.flatMap((from) => AMENDMENT_STATUSES.map((to) => [from, to] as const))
  it.each(allPairs)("%s → %s follows the table", (from, to) => {
    const allowed = ALLOWED.some(([f, t]) => f === from && t === to)
    expect(canTransitionAmendment(from, to)).toBe(allowed)
    if (allowed) expect(() => assertAmendmentTransition(from, to, "amd_1")).not.toThrow()
    else expect(() => assertAmendmentTransition(from, to, "amd_1")).toThrow(/amendment amd_1 cannot go from/)
  })
})

// Cleaning service: 12 months at ¥10,000.00.
const ORIGINAL: ContractLine[] = [{ item_id: "cleaning-month", quantity: 12, unit_price_fen: 1000000 }]
const amend = (sequence: number, status: AmendmentStatus, quantity: number, price = 1000000): Amendment => ({
  sequence,
  status,
  lines: [{ item_id: "cleaning-month", quantity, unit_price_fen: price }],
})

describe("effectiveLines", () => {
  it("folds signed amendments in sequence; drafts and withdrawn ones do not count", () => {
    expect(effectiveLines(ORIGINAL, [])).toBe(ORIGINAL)
    expect(effectiveLines(ORIGINAL, [amend(2, "signed", 11), amend(1, "signed", 13), amend(3, "draft", 1)])[0].quantity).toBe(11)
    expect(effectiveLines(ORIGINAL, [amend(1, "withdrawn", 13)])).toBe(ORIGINAL)
  })
})

describe("checkAmendment", () => {
  const base = {
    contract_id: "ctr_1",
    contract_status: "signed" as const,
    source: "framework_agreement" as const,
    original_lines: ORIGINAL,
    amendments: [] as Amendment[],
  }

  it("allows an add-on up to 10 % of the original total", () => {
    // 12 000 000 fen → cap 1 200 000 fen: one more month fits, one more month plus ¥2,000.01 does not.
    const ok = checkAmendment({ ...base, proposed_lines: [{ item_id: "cleaning-month", quantity: 13, unit_price_fen: 1000000 }] })
    expect(ok).toMatchObject({ original_total_fen: 12000000, proposed_total_fen: 13000000, add_on_cap_fen: 1200000, flags: [] })
    expect(() =>
      checkAmendment({
        ...base,
        source: "e_mall",
        proposed_lines: [
          { item_id: "cleaning-month", quantity: 13, unit_price_fen: 1000000 },
          { item_id: "window-cleaning", quantity: 1, unit_price_fen: 200001 },
        ],
      })
    ).toThrow("lines: the amended total 13200001 fen exceeds the original 12000000 fen by more than 1200000 fen (10 %, add-on purchase limit)")
  })

  it("keeps framework-agreement contracts fixed-price and closed to new items", () => {
    expect(() => checkAmendment({ ...base, proposed_lines: [{ item_id: "cleaning-month", quantity: 12, unit_price_fen: 1000001 }] })).toThrow(
      "lines[0].unit_price_fen 1000001 is above the contracted 1000000: framework-agreement contracts are fixed-price"
    )
    expect(() => checkAmendment({ ...base, proposed_lines: [{ item_id: "gardening", quantity: 1, unit_price_fen: 1 }, ...ORIGINAL] })).toThrow(
      /lines\[0\]\.item_id "gardening" is not in the contract/
    )
    // a lower price or fewer units is fine
    expect(() => checkAmendment({ ...base, proposed_lines: [{ item_id: "cleaning-month", quantity: 10, unit_price_fen: 990000 }] })).not.toThrow()
  })

  it("flags the third amendment (withdrawn ones do not count)", () => {
    const two = [amend(1, "signed", 12), amend(2, "signed", 12), amend(3, "withdrawn", 12)]
    expect(checkAmendment({ ...base, amendments: two, proposed_lines: ORIGINAL }).flags).toEqual(["many_amendments"])
    expect(checkAmendment({ ...base, amendments: two.slice(0, 1), proposed_lines: ORIGINAL }).flags).toEqual([])
  })

  it.each(["draft", "awaiting_signatures", "paid", "closed", "cancelled", "terminated"] as const)(
    "refuses an amendment of a %s contract",
    (status) => {
      expect(() => checkAmendment({ ...base, contract_status: status, proposed_lines: ORIGINAL })).toThrow(
        `contract ctr_1 is "${status}": amendments are possible only once it is signed and until it is paid`
      )
    }
  )
})
