import { describe, expect, it } from "vitest"
import { seededRandom } from "@govmall/procurement-core/domain/seeded-random"
import { rankResponses, type RankableResponse, type RankingRules } from "./rank-responses"
import { eliminationCount, shortlistLot, type EliminationRule, type ShortlistRules } from "./shortlist"

const T0 = Date.parse("2026-03-01T02:00:00Z")

function response(id: string, price: number, minutes = 0, extra: Partial<RankableResponse> = {}): RankableResponse {
  return { id, supplier_id: `sup_${id}`, lot_id: "lot_1", status: "qualified", price_fen: price, submitted_at: T0 + minutes * 60_000, ...extra }
}

const PRICE: RankingRules = { method: "price_priority", ceiling_fen: 1_000_000, seed: "draw-2026-03-15" }
const RATE_20: ShortlistRules = { elimination: { kind: "rate", percent: 20 } }

function shortlist(responses: RankableResponse[], rules: ShortlistRules = RATE_20, ranking: RankingRules = PRICE) {
  return shortlistLot(rankResponses("lot_1", responses, ranking), rules)
}
const idsOf = (list: Array<{ id: string }>) => list.map((entry) => entry.id)

describe("eliminationCount", () => {
  it.each<[number, EliminationRule, number, number]>([
    [5, { kind: "rate", percent: 20 }, 20, 1],
    [6, { kind: "rate", percent: 20 }, 20, 2], // 1.2 → 2: "at least 20 %"
    [10, { kind: "rate", percent: 20 }, 20, 2],
    [2, { kind: "rate", percent: 20 }, 20, 1], // 0.4 → at least 1
    [3, { kind: "rate", percent: 20 }, 20, 1],
    [5, { kind: "rate", percent: 40 }, 40, 2],
    [7, { kind: "rate", percent: 40 }, 40, 3], // 2.8 → 3
    [10, { kind: "rate", percent: 35 }, 20, 4], // 3.5 → 4
    [10, { kind: "cap", max_shortlisted: 6 }, 20, 4], // cap tighter than 20 %
    [10, { kind: "cap", max_shortlisted: 9 }, 20, 2], // cap looser: 20 % still holds
    [5, { kind: "cap", max_shortlisted: 5 }, 20, 1], // a cap never shortlists everyone
    [3, { kind: "cap", max_shortlisted: 8 }, 40, 2], // 1.2 → 2 at the lab minimum
    [200, { kind: "rate", percent: 25.5 }, 20, 51], // exactly 51: integer arithmetic
    [7, { kind: "rate", percent: 28.58 }, 20, 3], // 2.0006 → 3
    [7, { kind: "rate", percent: 28.57 }, 20, 2], // 1.9999 → 2
  ])("%i ranked, %o, minimum %i %% → %i eliminated", (ranked, rule, minimum, expected) => {
    expect(eliminationCount(ranked, rule, minimum)).toBe(expected)
  })
})

describe("shortlistLot", () => {
  it("eliminates 1 of exactly 5 qualified at 20 %", () => {
    const result = shortlist([response("a", 500), response("b", 300), response("c", 400), response("d", 100), response("e", 200)])
    expect(result.outcome).toBe("shortlisted")
    expect(idsOf(result.shortlisted)).toEqual(["d", "e", "b", "c"])
    expect(idsOf(result.eliminated)).toEqual(["a"])
    expect(result.cutoff).toEqual({ last_shortlisted: "c", first_eliminated: "a", decided_by: "method" })
    expect(result.highest_shortlisted_price_fen).toBe(400)
    expect(result.lowest_shortlisted_score).toBeNull()
  })

  it("proceeds with one shortlisted supplier when exactly 2 qualify (default min_shortlisted 1)", () => {
    const result = shortlist([response("a", 500), response("b", 300)])
    expect(result).toMatchObject({ outcome: "shortlisted", failure: null, eliminated_count: 1 })
    expect(idsOf(result.shortlisted)).toEqual(["b"])
  })

  it("fails the lot with 2 qualified when the solicitation requires 2 shortlisted", () => {
    const result = shortlist([response("a", 500), response("b", 300)], { ...RATE_20, min_shortlisted: 2 })
    expect(result).toMatchObject({ outcome: "failed", failure: "too_few_shortlisted", shortlisted: [], eliminated: [] })
    expect(idsOf(result.not_decided)).toEqual(["b", "a"])
  })

  it("fails the lot when fewer than 2 qualify, e.g. the lowest bid disqualified and another above the ceiling", () => {
    const result = shortlist([
      response("low", 100, 0, { status: "disqualified", disqualify_reason: "failed_qualification" }),
      response("over", 1_000_001),
      response("ok", 700_000),
    ])
    expect(result).toMatchObject({ outcome: "failed", failure: "too_few_qualified" })
    expect(result.excluded.map((entry) => [entry.id, entry.reason])).toEqual([["low", "disqualified"], ["over", "above_ceiling"]])
  })

  it("fails the lot with a single response before looking at qualification", () => {
    expect(shortlist([response("only", 100)]).failure).toBe("too_few_responses")
    expect(shortlist([response("only", 100), response("gone", 90, 0, { status: "withdrawn" })]).failure).toBe("too_few_responses")
  })

  it("ranks on after a disqualified lowest bid: the next lowest qualified price leads", () => {
    const result = shortlist([
      response("low", 100, 0, { status: "disqualified" }),
      response("a", 300),
      response("b", 200),
      response("c", 400),
    ])
    expect(idsOf(result.shortlisted)).toEqual(["b", "a"])
    expect(idsOf(result.eliminated)).toEqual(["c"])
  })

  it("places the cut-off by count when all prices are equal; earlier submission decides and is recorded", () => {
    const result = shortlist([1, 2, 3, 4, 5].map((m) => response(`r${m}`, 88_800, m)))
    expect(idsOf(result.eliminated)).toEqual(["r5"])
    expect(result.cutoff).toEqual({ last_shortlisted: "r4", first_eliminated: "r5", decided_by: "earlier_submission" })
  })

  it("places the cut-off by a replayable seeded draw when prices and times are equal", () => {
    const responses = [1, 2, 3, 4, 5].map((m) => response(`r${m}`, 88_800, 0))
    const result = shortlist(responses)
    const replay = shortlist([...responses].reverse())
    expect(result.cutoff?.decided_by).toBe("seeded_draw")
    expect(result.eliminated).toHaveLength(1)
    expect(idsOf(replay.eliminated)).toEqual(idsOf(result.eliminated))
  })

  it("applies a cap on the shortlisted number while keeping the 20 % minimum", () => {
    const responses = Array.from({ length: 10 }, (_, i) => response(`r${i}`, 1_000 + i))
    expect(shortlist(responses, { elimination: { kind: "cap", max_shortlisted: 6 } }).shortlisted).toHaveLength(6)
    expect(shortlist(responses, { elimination: { kind: "cap", max_shortlisted: 9 } }).shortlisted).toHaveLength(8)
  })

  it("uses 40 % for quality-priority lab instruments and reports the lowest shortlisted score", () => {
    const quality: RankingRules = { method: "quality_priority", ceiling_fen: 1_000_000, seed: "s" }
    const responses = [9_000, 8_500, 8_000, 7_500, 7_000].map((score, i) => response(`q${i}`, 500, i, { quality_score: score }))
    const result = shortlist(responses, { elimination: { kind: "rate", percent: 40 }, lab_instrument: true }, quality)
    expect(result.min_elimination_percent).toBe(40)
    expect(idsOf(result.shortlisted)).toEqual(["q0", "q1", "q2"])
    expect(result.lowest_shortlisted_score).toBe(8_000)
  })

  it("ignores the lab flag under price priority (the 40 % minimum is for quality priority)", () => {
    const result = shortlist([response("a", 1), response("b", 2)], { ...RATE_20, lab_instrument: true })
    expect(result.min_elimination_percent).toBe(20)
  })

  it("keeps the quoted price as the agreement price when a deduction decided the ranking", () => {
    const result = shortlist(
      [response("big", 95_000), response("sme", 100_000, 0, { policy_tags: ["small_micro_enterprise"] }), response("mid", 99_000)],
      RATE_20, // 3 × 20 % = 0.6 → 1 eliminated
      { ...PRICE, price_deductions: [{ tag: "small_micro_enterprise", percent: 10 }] }
    )
    expect(result.shortlisted.map((entry) => [entry.id, entry.price_fen, entry.evaluation_price_fen])).toEqual([
      ["sme", 100_000, 90_000],
      ["big", 95_000, 95_000],
    ])
    expect(result.highest_shortlisted_price_fen).toBe(100_000)
  })

  it.each<[string, ShortlistRules, RegExp]>([
    ["a rate below 20 %", { elimination: { kind: "rate", percent: 15 } }, /elimination\.percent must be a percent \(at most 2 decimals\) from 20 to below 100, got 15/],
    ["a rate with 3 decimals", { elimination: { kind: "rate", percent: 20.125 } }, /elimination\.percent must be a percent/],
    ["a rate of 100 %", { elimination: { kind: "rate", percent: 100 } }, /elimination\.percent/],
    ["a cap of 0", { elimination: { kind: "cap", max_shortlisted: 0 } }, /elimination\.max_shortlisted must be a whole number ≥ 1/],
    ["an unknown kind", { elimination: { kind: "lottery" } as never }, /elimination\.kind must be "rate" or "cap", got "lottery"/],
    ["min_qualified below 2", { ...RATE_20, min_qualified: 1 }, /min_qualified must be a whole number ≥ 2/],
  ])("refuses %s, naming the field", (_label, rules, message) => {
    expect(() => shortlist([response("a", 1), response("b", 2)], rules)).toThrow(message)
  })

  it("refuses 30 % for a quality-priority lab instrument", () => {
    const quality: RankingRules = { method: "quality_priority", ceiling_fen: 10, seed: "s" }
    expect(() =>
      shortlist([response("a", 1, 0, { quality_score: 1 })], { elimination: { kind: "rate", percent: 30 }, lab_instrument: true }, quality)
    ).toThrow(/from 40 to below 100, got 30/)
  })
})

describe("rank + shortlist invariants on seeded random lots", () => {
  // Brute-force checks on many generated lots: order, recorded tie rules, counts.
  const seeds = Array.from({ length: 40 }, (_, i) => `lot-seed-${i}`)
  it.each(seeds)("%s", (seed) => {
    const random = seededRandom(seed)
    const pick = (k: number) => Math.floor(random() * k)
    const n = 2 + pick(40)
    const statuses = ["qualified", "qualified", "qualified", "qualified", "disqualified", "invalid", "withdrawn"] as const
    const responses = Array.from({ length: n }, (_, i) =>
      response(`r${i}`, 1_000 + pick(6) * 100, pick(3), {
        status: statuses[pick(statuses.length)],
        quality_score: 7_000 + pick(4) * 500,
        policy_tags: pick(4) === 0 ? ["small_micro_enterprise"] : undefined,
      })
    )
    const quality = pick(2) === 1
    const rules: RankingRules = {
      method: quality ? "quality_priority" : "price_priority",
      ceiling_fen: 1_400,
      seed,
      price_deductions: [{ tag: "small_micro_enterprise", percent: 10 }],
    }
    const ranking = rankResponses("lot_1", responses, rules)
    const key = (e: (typeof ranking.ranked)[number]) => (quality ? -(e.quality_score as number) : e.evaluation_price_fen)

    const live = responses.filter((r) => r.status !== "withdrawn")
    expect(ranking.responding).toBe(live.length)
    expect(ranking.ranked.length + ranking.excluded.length).toBe(live.length)
    for (const entry of ranking.ranked) expect(entry.price_fen).toBeLessThanOrEqual(1_400)
    for (let i = 1; i < ranking.ranked.length; i++) {
      const [a, b] = [ranking.ranked[i - 1], ranking.ranked[i]]
      expect(key(a)).toBeLessThanOrEqual(key(b))
      if (key(a) < key(b)) {
        expect(b.tie_broken_by).toBeNull()
        continue
      }
      // Same key: the recorded rule is the first that differs, in the default order.
      if (a.submitted_at_ms !== b.submitted_at_ms) {
        expect(b.tie_broken_by).toBe("earlier_submission")
        expect(a.submitted_at_ms).toBeLessThan(b.submitted_at_ms)
      } else if (a.price_fen !== b.price_fen) {
        expect(b.tie_broken_by).toBe("lower_price")
        expect(a.price_fen).toBeLessThan(b.price_fen)
      } else {
        expect(b.tie_broken_by).toBe("seeded_draw")
      }
    }

    const result = shortlistLot(ranking, RATE_20)
    if (ranking.ranked.length < 2) {
      expect(result.outcome).toBe("failed")
    } else {
      const eliminated = Math.max(Math.ceil(ranking.ranked.length * 0.2), 1)
      expect(result.eliminated).toHaveLength(eliminated)
      expect([...result.shortlisted, ...result.eliminated]).toEqual(ranking.ranked)
    }
  })
})
