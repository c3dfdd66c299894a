import { describe, expect, it } from "vitest"
import { DEFAULT_BIDDING_RULES, placeBid, type BiddingRound } from "./second-round-bidding"
import { visibleBidView } from "./visible-bid-view"

const at = (hhmmss: string) => new Date(`2026-06-01T${hhmmss}+08:00`)
function roundWith(mode: "sealed" | "live"): BiddingRound {
  let state: BiddingRound = {
    id: "bid_9",
    quantity: 10,
    rules: { ...DEFAULT_BIDDING_RULES, mode },
    opens_at: at("09:00:00"),
    original_closes_at: at("11:00:00"),
    closes_at: at("11:00:00"),
    invitees: ["sup_a", "sup_b", "sup_c"].map((id, i) => ({ supplier_id: id, ceiling_unit_price_fen: 500000, phase1_rank: i + 1 })),
    bids: [],
  }
  for (const [supplier, price, time] of [
    ["sup_a", 480000, "09:10:00"],
    ["sup_b", 470000, "09:20:00"],
    ["sup_a", 460000, "09:30:00"],
  ] as const) {
    const result = placeBid(state, supplier, price, at(time))
    if (!result.accepted) throw new Error(result.message)
    state = result.round
  }
  return state
}

const OPEN = at("10:00:00")
const CLOSED = at("11:00:00")
const SUP_B = { role: "supplier" as const, supplier_id: "sup_b" }
/** Every other bidder's id must be absent from a supplier's view while the window is open. */
const leaks = (view: unknown, others: string[]) => others.filter((id) => JSON.stringify(view).includes(id))

describe("sealed mode", () => {
  const round = roundWith("sealed")
  it("shows an invited supplier only its own bids while open", () => {
    const view = visibleBidView(round, SUP_B, OPEN)
    expect(view).toEqual({
      round_id: "bid_9",
      mode: "sealed",
      phase: "open",
      opens_at: at("09:00:00"),
      closes_at: at("11:00:00"),
      own_bids: [{ unit_price_fen: 470000, placed_at: at("09:20:00") }],
    })
  })

  it.each([{ role: "purchaser" as const }, { role: "regulator" as const }, { role: "public" as const }, { role: "supplier" as const, supplier_id: "sup_x" }])(
    "shows %j nothing but the window while open",
    (viewer) => {
      expect(Object.keys(visibleBidView(round, viewer, OPEN)).sort()).toEqual(["closes_at", "mode", "opens_at", "phase", "round_id"])
    }
  )

  it("opens the ranking to the purchaser and the regulator at close; suppliers see their rank and the winning price", () => {
    const purchaser = visibleBidView(round, { role: "purchaser" }, CLOSED)
    expect(purchaser.ranking?.map((r) => [r.rank, r.supplier_id, r.unit_price_fen])).toEqual([
      [1, "sup_a", 460000],
      [2, "sup_b", 470000],
    ])
    expect(visibleBidView(round, { role: "regulator" }, CLOSED).ranking).toHaveLength(2)
    const supplier = visibleBidView(round, SUP_B, CLOSED)
    expect(supplier).toMatchObject({ phase: "closed", own_rank: 2, bidder_count: 2, winning_unit_price_fen: 460000 })
    expect(leaks(supplier, ["sup_a", "sup_c"])).toEqual([])
    expect(visibleBidView(round, { role: "supplier", supplier_id: "sup_c" }, CLOSED)).toMatchObject({ own_rank: null, own_bids: [] })
    expect(Object.keys(visibleBidView(round, { role: "public" }, CLOSED))).not.toContain("ranking")
  })

  it("uses the same exclusions as the close", () => {
    const supplier = visibleBidView(round, SUP_B, CLOSED, ["sup_a"])
    expect(supplier).toMatchObject({ own_rank: 1, bidder_count: 1, winning_unit_price_fen: 470000 })
  })

  it("shows only own bids before the window opens", () => {
    expect(visibleBidView(round, SUP_B, at("08:00:00"))).toMatchObject({ phase: "scheduled", own_bids: [{ unit_price_fen: 470000 }] })
  })
})

describe("live mode", () => {
  const round = roundWith("live")
  it("shows a bidder the lowest price, its own rank and the next maximum, never who else bids", () => {
    const view = visibleBidView(round, SUP_B, OPEN)
    expect(view).toMatchObject({ phase: "open", lowest_unit_price_fen: 460000, own_rank: 2, next_maximum_unit_price_fen: 457700 })
    expect(view).not.toHaveProperty("bidder_count")
    expect(view).not.toHaveProperty("ranking")
    expect(leaks(view, ["sup_a", "sup_c"])).toEqual([])
    expect(visibleBidView(round, { role: "supplier", supplier_id: "sup_a" }, OPEN)).toMatchObject({ own_rank: 1 })
    expect(visibleBidView(round, { role: "supplier", supplier_id: "sup_c" }, OPEN)).toMatchObject({ own_rank: null, lowest_unit_price_fen: 460000 })
  })

  it("shows the purchaser the lowest price only, and the public nothing", () => {
    const purchaser = visibleBidView(round, { role: "purchaser" }, OPEN)
    expect(purchaser.lowest_unit_price_fen).toBe(460000)
    expect(purchaser).not.toHaveProperty("ranking")
    expect(visibleBidView(round, { role: "public" }, OPEN)).not.toHaveProperty("lowest_unit_price_fen")
  })
})
