import { describe, expect, it } from "vitest"
import { passAward } from "./award-lifecycle"
import {
  closeRound,
  currentLowestFen,
  DEFAULT_BIDDING_RULES,
  effectiveBids,
  placeBid,
  type BiddingRound,
  type BiddingRules,
} from "./second-round-bidding"

const at = (hhmmss: string) => new Date(`2026-06-01T${hhmmss}+08:00`)
const INVITEES = [
  { supplier_id: "sup_a", ceiling_unit_price_fen: 450000, phase1_rank: 3 },
  { supplier_id: "sup_b", ceiling_unit_price_fen: 440000, phase1_rank: 1 },
  { supplier_id: "sup_c", ceiling_unit_price_fen: 445000, phase1_rank: 2 },
  { supplier_id: "sup_d", ceiling_unit_price_fen: 460000, phase1_rank: 4 },
  { supplier_id: "sup_e", ceiling_unit_price_fen: 430000, phase1_rank: 5 },
]
function round(mode: "sealed" | "live", rules: Partial<BiddingRules> = {}): BiddingRound {
  return {
    id: "bid_1",
    quantity: 20,
    rules: { ...DEFAULT_BIDDING_RULES, mode, ...rules },
    opens_at: at("09:00:00"),
    original_closes_at: at("11:00:00"),
    closes_at: at("11:00:00"),
    invitees: INVITEES,
    bids: [],
  }
}
/** Places bids in order, failing the test on any refusal. */
function bidAll(start: BiddingRound, bids: Array<[string, number, string]>): BiddingRound {
  return bids.reduce((state, [supplier, price, time]) => {
    const result = placeBid(state, supplier, price, at(time))
    if (!result.accepted) throw new Error(`${supplier} ${price} at ${time} refused: ${result.message}`)
    return result.round
  }, start)
}

describe("a sealed round with 5 suppliers", () => {
  const open = bidAll(round("sealed"), [
    ["sup_a", 430000, "09:10:00"],
    ["sup_b", 420000, "09:20:00"],
    ["sup_c", 420000, "09:30:00"], // ties sup_b, later
    ["sup_a", 425000, "10:00:00"], // corrects its bid: the latest counts
    ["sup_e", 429000, "10:30:00"],
  ])

  it("refuses a bid above the bidder's own agreement price, and a late bid", () => {
    expect(placeBid(open, "sup_e", 430001, at("10:40:00"))).toMatchObject({ accepted: false, refusal: "above_agreement_price", field: "unit_price_fen" })
    expect(placeBid(open, "sup_d", 400000, at("11:00:00"))).toMatchObject({ accepted: false, refusal: "window_closed", field: "placed_at" })
    expect(placeBid(open, "sup_x", 400000, at("10:40:00"))).toMatchObject({ accepted: false, refusal: "not_invited", field: "supplier_id" })
  })

  it("numbers bids and never extends a sealed round", () => {
    expect(open.bids.map((b) => b.sequence)).toEqual([1, 2, 3, 4, 5])
    const late = placeBid(open, "sup_d", 440000, at("10:59:00"))
    expect(late.accepted && [late.extended, late.round.closes_at.toISOString()]).toEqual([false, at("11:00:00").toISOString()])
  })

  it("ranks the latest bid of each bidder, the earlier bid winning a tie, and records the tie", () => {
    const result = closeRound(open, at("11:00:00"))
    expect(result.status).toBe("awarded")
    expect(result.ranking.map((r) => [r.rank, r.supplier_id, r.unit_price_fen])).toEqual([
      [1, "sup_b", 420000],
      [2, "sup_c", 420000],
      [3, "sup_a", 425000],
      [4, "sup_e", 429000],
    ])
    expect(result.ranking[0].total_fen).toBe(8400000)
    expect(result.tie_breaks).toEqual([{ unit_price_fen: 420000, rule: "earliest_bid", order: ["sup_b", "sup_c"] }])
  })

  it("passes the award to the runner-up when the winner does not confirm", () => {
    const result = closeRound(open, at("11:00:00"))
    const ids = result.ranking.map((r) => r.supplier_id)
    const award = { status: "awarded" as const, supplier_id: ids[0], candidates: ids, passed_over: [] }
    expect(passAward(award, "not_confirmed", at("11:00:00")).supplier_id).toBe("sup_c")
  })

  it("ignores suppliers removed during the window", () => {
    const result = closeRound(open, at("11:00:00"), ["sup_b"])
    expect(result.status === "awarded" && result.winner.supplier_id).toBe("sup_c")
    expect(result.tie_breaks).toEqual([])
  })

  it("fails with fewer valid bidders than the minimum", () => {
    const strict = { ...open, rules: { ...open.rules, min_valid_bidders: 5 } }
    expect(closeRound(strict, at("11:00:00"))).toMatchObject({ status: "failed", reason: "too_few_valid_bidders", valid_bidders: 4, required: 5 })
    expect(closeRound({ ...strict, rules: { ...strict.rules, min_valid_bidders: 4 } }, at("11:00:00")).status).toBe("awarded")
    expect(closeRound(round("sealed"), at("11:00:00"))).toMatchObject({ status: "failed", valid_bidders: 0, required: 1 })
  })

  it("cannot close early and refuses a broken minimum", () => {
    expect(() => closeRound(open, at("10:59:59"))).toThrow(/bidding round bid_1 closes at .* it cannot be closed earlier/)
    expect(() => closeRound({ ...open, rules: { ...open.rules, min_valid_bidders: 0 } }, at("11:00:00"))).toThrow(/min_valid_bidders/)
  })
})

describe("tie rules", () => {
  // Three-way tie at 420000: sup_c first in time, sup_b best phase-1 rank.
  const tied = (rules: Partial<BiddingRules>) =>
    bidAll(round("sealed", rules), [
      ["sup_c", 420000, "09:10:00"],
      ["sup_a", 420000, "09:20:00"],
      ["sup_b", 420000, "09:30:00"],
      ["sup_e", 410000, "09:40:00"],
    ])

  it("earliest_bid (default) and phase1_rank", () => {
    expect(closeRound(tied({}), at("11:00:00")).ranking.map((r) => r.supplier_id)).toEqual(["sup_e", "sup_c", "sup_a", "sup_b"])
    expect(closeRound(tied({ tie_rule: "phase1_rank" }), at("11:00:00")).ranking.map((r) => r.supplier_id)).toEqual(["sup_e", "sup_b", "sup_c", "sup_a"])
  })

  it("same-millisecond bids fall back to the server sequence", () => {
    const same = bidAll(round("sealed"), [
      ["sup_d", 420000, "09:10:00"],
      ["sup_a", 420000, "09:10:00"],
    ])
    expect(closeRound(same, at("11:00:00")).ranking.map((r) => r.supplier_id)).toEqual(["sup_d", "sup_a"])
  })

  it("seeded_draw is reproducible from the published seed, independent of bid order, and recorded", () => {
    const draw = (seed: string) => closeRound(tied({ tie_rule: "seeded_draw", tie_seed: seed }), at("11:00:00"))
    const first = draw("2026-06-01/bid_1/7f3a")
    expect(draw("2026-06-01/bid_1/7f3a").ranking).toEqual(first.ranking)
    expect(first.tie_breaks).toEqual([{ unit_price_fen: 420000, rule: "seeded_draw", order: first.ranking.slice(1).map((r) => r.supplier_id), seed: "2026-06-01/bid_1/7f3a" }])
    const reordered = bidAll(round("sealed", { tie_rule: "seeded_draw", tie_seed: "2026-06-01/bid_1/7f3a" }), [
      ["sup_b", 420000, "09:10:00"],
      ["sup_a", 420000, "09:20:00"],
      ["sup_c", 420000, "09:30:00"],
      ["sup_e", 410000, "09:40:00"],
    ])
    expect(closeRound(reordered, at("11:00:00")).ranking.map((r) => r.supplier_id)).toEqual(first.ranking.map((r) => r.supplier_id))
    // over many seeds every tied supplier wins sometimes: a draw, not a fixed order
    const winners = new Set(Array.from({ length: 60 }, (_, i) => draw(`seed-${i}`).ranking[1].supplier_id))
    expect([...winners].sort()).toEqual(["sup_a", "sup_b", "sup_c"])
  })

  it("seeded_draw needs a seed", () => {
    expect(() => closeRound(tied({ tie_rule: "seeded_draw" }), at("11:00:00"))).toThrow("tie_seed is required when tie_rule is seeded_draw")
  })
})

describe("a live reverse auction", () => {
  it("requires each bid to beat the lowest by 0.5 %, rounded up", () => {
    const state = bidAll(round("live"), [["sup_a", 440000, "09:10:00"]])
    expect(placeBid(state, "sup_b", 437801, at("09:20:00"))).toMatchObject({ accepted: false, refusal: "above_live_maximum" })
    const next = placeBid(state, "sup_b", 437800, at("09:20:00"))
    expect(next.accepted).toBe(true)
    if (next.accepted) expect(currentLowestFen(next.round)).toBe(437800)
  })

  it("extends the close on a bid in the last 5 minutes, up to 30 minutes in all", () => {
    let state = bidAll(round("live"), [["sup_a", 440000, "09:10:00"]])
    const sniped = placeBid(state, "sup_b", 430000, at("10:58:00"))
    expect(sniped.accepted && [sniped.extended, sniped.round.closes_at.toISOString()]).toEqual([true, at("11:05:00").toISOString()])
    if (!sniped.accepted) return
    state = sniped.round
    // the old close has passed but the round is still open
    const after = placeBid(state, "sup_c", 420000, at("11:01:00"))
    expect(after.accepted && after.round.closes_at.toISOString()).toBe(at("11:10:00").toISOString())
    let price = 410000
    let now = at("11:09:00")
    let current = after.accepted ? after.round : state
    for (let i = 0; i < 10; i++) {
      const result = placeBid(current, i % 2 ? "sup_b" : "sup_c", price, now)
      if (!result.accepted) break
      current = result.round
      price -= 5000
      now = new Date(current.closes_at.getTime() - 60_000)
    }
    expect(current.closes_at.toISOString()).toBe(at("11:30:00").toISOString())
    expect(placeBid(current, "sup_a", 300000, at("11:30:00"))).toMatchObject({ accepted: false, refusal: "window_closed" })
  })
})

describe("effectiveBids", () => {
  it("keeps each bidder's latest bid by sequence, whatever the array order", () => {
    const bids = [
      { sequence: 3, supplier_id: "a", unit_price_fen: 3, placed_at: at("09:03:00") },
      { sequence: 1, supplier_id: "a", unit_price_fen: 1, placed_at: at("09:01:00") },
      { sequence: 2, supplier_id: "b", unit_price_fen: 2, placed_at: at("09:02:00") },
    ]
    expect(effectiveBids(bids).map((b) => [b.supplier_id, b.sequence])).toEqual([
      ["a", 3],
      ["b", 2],
    ])
  })
})
