import { describe, expect, it } from "vitest"
import {
  drawOrder,
  groupByLot,
  rankResponses,
  type RankableResponse,
  type RankingRules,
} from "./rank-responses"

const T0 = Date.parse("2026-03-01T02:00:00Z")
const at = (minutes: number) => new Date(T0 + minutes * 60_000)

function response(id: string, price: number, minutes: number, extra: Partial<RankableResponse> = {}): RankableResponse {
  return { id, supplier_id: `sup_${id}`, lot_id: "lot_1", status: "qualified", price_fen: price, submitted_at: at(minutes), ...extra }
}

const PRICE: RankingRules = { method: "price_priority", ceiling_fen: 500_000, seed: "seed-1" }
const QUALITY: RankingRules = { method: "quality_priority", ceiling_fen: 500_000, seed: "seed-1" }
const ids = (ranking: ReturnType<typeof rankResponses>) => ranking.ranked.map((entry) => entry.id)

describe("rankResponses — price priority", () => {
  it("ranks qualified responses at or below the ceiling by price ascending", () => {
    const ranking = rankResponses(
      "lot_1",
      [response("a", 420_000, 1), response("b", 380_000, 2), response("c", 500_000, 3), response("d", 399_999, 4)],
      PRICE
    )
    expect(ids(ranking)).toEqual(["b", "d", "a", "c"])
    expect(ranking.ranked.map((entry) => entry.rank)).toEqual([1, 2, 3, 4])
    expect(ranking.ranked.every((entry) => entry.tie_broken_by === null)).toBe(true)
    expect(ranking.draws).toEqual([])
  })

  it("excludes a disqualified lowest bid, an invalid one and one above the ceiling; ignores withdrawn and drafts", () => {
    const ranking = rankResponses(
      "lot_1",
      [
        response("low", 100_000, 1, { status: "disqualified", disqualify_reason: "failed_qualification" }),
        response("void", 150_000, 1, { status: "invalid" }),
        response("over", 500_001, 2),
        response("gone", 200_000, 3, { status: "withdrawn" }),
        response("draft", 200_000, 3, { status: "draft" }),
        response("ok2", 450_000, 4),
        response("ok1", 300_000, 5),
      ],
      PRICE
    )
    expect(ids(ranking)).toEqual(["ok1", "ok2"])
    expect(ranking.excluded).toEqual([
      { id: "low", supplier_id: "sup_low", reason: "disqualified", detail: "failed_qualification" },
      { id: "void", supplier_id: "sup_void", reason: "invalid", detail: null },
      { id: "over", supplier_id: "sup_over", reason: "above_ceiling", detail: "500001 fen > maximum unit price 500000 fen" },
    ])
    expect(ranking.responding).toBe(5)
  })

  it("refuses to rank while a response awaits the panel", () => {
    try {
      rankResponses("lot_1", [response("a", 1, 1), response("b", 2, 2, { status: "opened" })], PRICE)
      expect.unreachable()
    } catch (error: any) {
      expect(error.kind).toBe("not_allowed")
      expect(error.message).toMatch(/response b is still "opened": lot lot_1 cannot be ranked/)
    }
  })

  it("ranks by evaluation price after a policy deduction but keeps the quoted price as the agreement price", () => {
    const ranking = rankResponses(
      "lot_1",
      [response("big", 95_000, 1), response("sme", 100_000, 2, { policy_tags: ["small_micro_enterprise"] })],
      { ...PRICE, price_deductions: [{ tag: "small_micro_enterprise", percent: 10 }] }
    )
    expect(ids(ranking)).toEqual(["sme", "big"])
    expect(ranking.ranked[0]).toMatchObject({ price_fen: 100_000, evaluation_price_fen: 90_000, deduction_percent: "10" })
    expect(ranking.ranked[1]).toMatchObject({ price_fen: 95_000, evaluation_price_fen: 95_000, deduction_percent: "0" })
  })
})

describe("rankResponses — ties", () => {
  it("breaks an equal price by earlier submission and records it", () => {
    const ranking = rankResponses("lot_1", [response("late", 300_000, 9), response("early", 300_000, 1)], PRICE)
    expect(ids(ranking)).toEqual(["early", "late"])
    expect(ranking.ranked.map((entry) => entry.tie_broken_by)).toEqual([null, "earlier_submission"])
  })

  it("breaks an equal evaluation price and time by the lower quoted price", () => {
    const ranking = rankResponses(
      "lot_1",
      [response("sme", 100_000, 1, { policy_tags: ["small_micro_enterprise"] }), response("plain", 90_000, 1)],
      { ...PRICE, price_deductions: [{ tag: "small_micro_enterprise", percent: 10 }] }
    )
    expect(ids(ranking)).toEqual(["plain", "sme"])
    expect(ranking.ranked[1].tie_broken_by).toBe("lower_price")
  })

  it("follows the configured order: lower_price before earlier_submission", () => {
    const rules: RankingRules = {
      ...PRICE,
      price_deductions: [{ tag: "small_micro_enterprise", percent: 10 }],
      tie_break: ["lower_price", "earlier_submission", "seeded_draw"],
    }
    const responses = [response("sme", 100_000, 1, { policy_tags: ["small_micro_enterprise"] }), response("plain", 90_000, 5)]
    expect(ids(rankResponses("lot_1", responses, rules))).toEqual(["plain", "sme"])
    expect(ids(rankResponses("lot_1", responses, { ...rules, tie_break: ["earlier_submission", "lower_price", "seeded_draw"] }))).toEqual(["sme", "plain"])
  })

  it("draws among responses equal on every rule, reproducibly and whatever the input order", () => {
    const responses = ["r1", "r2", "r3", "r4", "r5"].map((id) => response(id, 300_000, 0))
    const first = rankResponses("lot_1", responses, PRICE)
    const again = rankResponses("lot_1", [...responses].reverse(), PRICE)
    expect(ids(again)).toEqual(ids(first))
    expect(first.draws).toEqual([{ response_ids: ["r1", "r2", "r3", "r4", "r5"], order: ids(first) }])
    expect(first.ranked.map((entry) => entry.tie_broken_by)).toEqual([null, "seeded_draw", "seeded_draw", "seeded_draw", "seeded_draw"])
    expect(drawOrder("seed-1", "lot_1", ["r5", "r3", "r1", "r2", "r4"])).toEqual(ids(first))
  })

  it("gives different draws for different seeds (the seed matters)", () => {
    const responses = ["r1", "r2", "r3", "r4", "r5"].map((id) => response(id, 300_000, 0))
    const orders = new Set(
      Array.from({ length: 20 }, (_, i) => ids(rankResponses("lot_1", responses, { ...PRICE, seed: `s${i}` })).join())
    )
    expect(orders.size).toBeGreaterThan(5)
  })

  it("draws only inside the tied run and records the rule between runs", () => {
    const ranking = rankResponses(
      "lot_1",
      [response("x", 300_000, 0), response("y", 300_000, 0), response("z", 300_000, 7), response("w", 200_000, 0)],
      PRICE
    )
    expect(ids(ranking).slice(0, 1)).toEqual(["w"])
    expect(ids(ranking).slice(1, 3).sort()).toEqual(["x", "y"])
    expect(ids(ranking)[3]).toBe("z")
    expect(ranking.ranked.map((entry) => entry.tie_broken_by)).toEqual([null, null, "seeded_draw", "earlier_submission"])
    expect(ranking.draws).toHaveLength(1)
  })
})

describe("rankResponses — quality priority", () => {
  it("ranks by score descending and breaks an equal score by the configured rules", () => {
    const ranking = rankResponses(
      "lot_1",
      [
        response("a", 400_000, 1, { quality_score: 8_750 }),
        response("b", 300_000, 2, { quality_score: 9_120 }),
        response("c", 350_000, 1, { quality_score: 8_750 }),
        response("d", 200_000, 0, { quality_score: 7_000 }),
      ],
      { ...QUALITY, tie_break: ["lower_price", "seeded_draw"] }
    )
    expect(ids(ranking)).toEqual(["b", "c", "a", "d"])
    expect(ranking.ranked.map((entry) => entry.tie_broken_by)).toEqual([null, null, "lower_price", null])
  })

  it("refuses a qualified response without a score", () => {
    expect(() => rankResponses("lot_1", [response("a", 1, 1)], QUALITY)).toThrow(
      "quality_score of response a is missing; quality_priority ranks by it"
    )
  })
})

describe("rankResponses — bad input", () => {
  it.each<[string, RankingRules, RegExp]>([
    ["a tie-break list not ending in a draw", { ...PRICE, tie_break: ["earlier_submission"] }, /tie_break must end with "seeded_draw"/],
    ["an unknown rule", { ...PRICE, tie_break: ["coin" as never, "seeded_draw"] }, /tie_break\[0\] must be one of/],
    ["a repeated rule", { ...PRICE, tie_break: ["lower_price", "lower_price", "seeded_draw"] }, /tie_break lists a rule twice/],
    ["a zero ceiling", { ...PRICE, ceiling_fen: 0 }, /ceiling_fen must be a whole number of fen above 0/],
    ["an empty seed", { ...PRICE, seed: "" }, /seed must be a non-empty string/],
    ["an unknown method", { ...PRICE, method: "cheapest" as never }, /method must be one of price_priority, quality_priority/],
  ])("refuses %s", (_label, rules, message) => {
    expect(() => rankResponses("lot_1", [response("a", 1, 1)], rules)).toThrow(message)
  })

  it.each<[string, Partial<RankableResponse>, RegExp]>([
    ["a negative price", { price_fen: -5 }, /price_fen of response a must be a whole number of fen above 0/],
    ["a fractional price", { price_fen: 10.5 }, /price_fen of response a/],
    ["another lot's response", { lot_id: "lot_2" }, /response a belongs to lot lot_2, not lot_1/],
    ["an invalid date", { submitted_at: new Date("nope") }, /submitted_at of response a must be a valid date/],
    ["a fractional score", { quality_score: 12.5 }, /quality_score of response a must be a whole number of hundredths/],
  ])("refuses %s", (_label, patch, message) => {
    expect(() => rankResponses("lot_1", [response("a", 100, 1, patch)], PRICE)).toThrow(message)
  })
})

describe("rankResponses — one live response per supplier", () => {
  it("refuses a response listed twice and a supplier with two live responses", () => {
    expect(() => rankResponses("lot_1", [response("a", 1, 1), response("a", 2, 2)], PRICE)).toThrow("response a is listed twice")
    expect(() =>
      rankResponses("lot_1", [response("a", 1, 1), response("b", 2, 2, { supplier_id: "sup_a" })], PRICE)
    ).toThrow("supplier sup_a has more than one live response in lot lot_1")
  })

  it("accepts a withdrawn response next to its replacement", () => {
    const ranking = rankResponses("lot_1", [response("old", 1, 1, { status: "withdrawn" }), response("new", 2, 2, { supplier_id: "sup_old" })], PRICE)
    expect(ids(ranking)).toEqual(["new"])
  })
})

describe("groupByLot", () => {
  it("keeps each lot's responses in input order", () => {
    const lots = groupByLot([{ lot_id: "b", n: 1 }, { lot_id: "a", n: 2 }, { lot_id: "b", n: 3 }])
    expect([...lots.keys()]).toEqual(["b", "a"])
    expect(lots.get("b")!.map((r) => r.n)).toEqual([1, 3])
  })
})
