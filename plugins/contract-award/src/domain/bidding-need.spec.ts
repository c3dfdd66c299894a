import { describe, expect, it } from "vitest"
import type { AgreementView } from "./agreement-view"
import { validateBiddingNeed, type BiddingNeed } from "./bidding-need"

const lot = (unit_price_fen: number, volume_tiers = []) => ({ lot_id: "lot_1", unit_price_fen, volume_tiers })
const AGREEMENT: AgreementView = {
  id: "fa_sx_2026_pc",
  status: "active",
  starts_at: new Date("2026-03-01T00:00:00+08:00"),
  ends_at: new Date("2027-02-28T23:59:59.999+08:00"),
  methods: ["direct_selection", "second_round_bidding"],
  eligible_purchasers: { region_prefixes: ["14"], unit_ids: [] },
  members: [
    { supplier_id: "sup_b", status: "active", rank: 2, lots: [{ lot_id: "lot_1", unit_price_fen: 450000, volume_tiers: [{ min_quantity: 20, unit_price_fen: 440000 }] }] },
    { supplier_id: "sup_a", status: "active", rank: 1, lots: [lot(460000)] },
    { supplier_id: "sup_s", status: "suspended", rank: 3, lots: [lot(430000)] },
    { supplier_id: "sup_o", status: "active", rank: 4, lots: [{ lot_id: "lot_2", unit_price_fen: 1, volume_tiers: [] }] },
  ],
}
const PURCHASER = { id: "pur_1", region_code: "140105" }
const NOW = new Date("2026-06-01T08:00:00+08:00")
const NEED: BiddingNeed = {
  lot_id: "lot_1",
  quantity: 20,
  delivery_place: "太原市小店区学府街 (Taiyuan)",
  delivery_date: "2026-06-15",
  opens_at: new Date("2026-06-01T09:00:00+08:00"),
  closes_at: new Date("2026-06-03T17:00:00+08:00"),
}

describe("validateBiddingNeed", () => {
  it("invites every active member of the lot with its tier ceiling for the quantity", () => {
    expect(validateBiddingNeed(AGREEMENT, PURCHASER, NEED, NOW)).toEqual({
      ok: true,
      invitees: [
        { supplier_id: "sup_a", ceiling_unit_price_fen: 460000, phase1_rank: 1 },
        { supplier_id: "sup_b", ceiling_unit_price_fen: 440000, phase1_rank: 2 },
      ],
    })
  })

  it.each([
    ["quantity", { quantity: 0 }, /quantity must be a whole number > 0/],
    ["delivery_place", { delivery_place: "  " }, /delivery_place is required/],
    ["opens_at", { opens_at: new Date("2026-06-01T07:59:59+08:00") }, /not in the past/],
    ["closes_at", { closes_at: new Date("2026-06-01T09:59:59+08:00") }, /at least 60 minutes after opens_at/],
    ["closes_at", { closes_at: new Date("2027-03-01T09:00:00+08:00"), delivery_date: "2027-03-10" }, /before the agreement ends/],
    ["delivery_date", { delivery_date: "2026-06-03" }, /after the day bidding closes/],
    ["delivery_date", { delivery_date: "2026/06/15" }, /calendar date/],
    ["lot_id", { lot_id: "lot_9" }, /no active shortlisted supplier covers lot lot_9/],
  ] as const)("refuses a bad %s", (field, change, message) => {
    const result = validateBiddingNeed(AGREEMENT, PURCHASER, { ...NEED, ...change }, NOW)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.problems.map((p) => p.field)).toEqual([field])
      expect(result.problems[0].message).toMatch(message)
    }
  })

  it("refuses an agreement without second-round bidding and an ineligible purchaser", () => {
    const result = validateBiddingNeed({ ...AGREEMENT, methods: ["direct_selection"] }, { id: "pur_x", region_code: "610100" }, NEED, NOW)
    expect(!result.ok && result.problems.map((p) => p.field)).toEqual(["agreement_id", "purchaser"])
  })

  it("takes a configured minimum window", () => {
    const short = { ...NEED, closes_at: new Date("2026-06-01T09:30:00+08:00") }
    expect(validateBiddingNeed(AGREEMENT, PURCHASER, short, NOW, 30).ok).toBe(true)
    expect(validateBiddingNeed(AGREEMENT, PURCHASER, short, NOW).ok).toBe(false)
  })
})
