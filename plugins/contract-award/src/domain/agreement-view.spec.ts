import { describe, expect, it } from "vitest"
import { activeMembersForLot, agreementOpenProblem, purchaserEligibilityProblem, type AgreementView } from "./agreement-view"

const lot = (lot_id: string) => ({ lot_id, unit_price_fen: 100000, volume_tiers: [] })
const AGREEMENT: AgreementView = {
  id: "fa_1",
  status: "active",
  starts_at: new Date("2026-03-01T00:00:00+08:00"),
  ends_at: new Date("2026-12-31T23:59:59.999+08:00"),
  methods: ["rotation"],
  eligible_purchasers: { region_prefixes: ["1401", "1402"], unit_ids: ["pur_listed"] },
  members: [
    { supplier_id: "sup_c", status: "active", rank: 2, lots: [lot("lot_1")] },
    { supplier_id: "sup_b", status: "active", rank: 1, lots: [lot("lot_1"), lot("lot_2")] },
    { supplier_id: "sup_a", status: "active", rank: 2, lots: [lot("lot_1")] },
    { supplier_id: "sup_removed", status: "removed", rank: 1, lots: [lot("lot_1")] },
    { supplier_id: "sup_left", status: "left", rank: 1, lots: [lot("lot_1")] },
  ],
}

describe("activeMembersForLot", () => {
  it("keeps active members of the lot, best rank first, then supplier id", () => {
    expect(activeMembersForLot(AGREEMENT, "lot_1").map((e) => e.member.supplier_id)).toEqual(["sup_b", "sup_a", "sup_c"])
    expect(activeMembersForLot(AGREEMENT, "lot_2").map((e) => e.member.supplier_id)).toEqual(["sup_b"])
    expect(activeMembersForLot(AGREEMENT, "lot_9")).toEqual([])
  })
})

describe("purchaserEligibilityProblem", () => {
  it.each([
    [{ id: "pur_1", region_code: "140105" }, true],
    [{ id: "pur_1", region_code: "140200" }, true],
    [{ id: "pur_1", region_code: "140300" }, false],
    [{ id: "pur_1", region_code: "14" }, false], // the whole province is not inside a city prefix
    [{ id: "pur_listed", region_code: "610100" }, true],
    [{ id: "pur_1", region_code: null }, false],
  ])("%j eligible: %s", (purchaser, eligible) => {
    expect(purchaserEligibilityProblem(AGREEMENT, purchaser) === null).toBe(eligible)
  })
})

describe("agreementOpenProblem", () => {
  it.each([
    ["2026-02-28T23:59:59.999+08:00", /outside its term/],
    ["2026-03-01T00:00:00+08:00", null],
    ["2026-12-31T23:59:59.999+08:00", null],
    ["2027-01-01T00:00:00+08:00", /outside its term/],
  ])("at %s → %s", (now, problem) => {
    const result = agreementOpenProblem(AGREEMENT, new Date(now))
    if (problem === null) expect(result).toBeNull()
    else expect(result).toMatch(problem)
  })

  it("refuses an agreement that is not active", () => {
    expect(agreementOpenProblem({ ...AGREEMENT, status: "terminated" }, new Date("2026-06-01T00:00:00Z"))).toBe(
      'framework agreement fa_1 is "terminated", not active'
    )
  })
})
