/**
 * Elimination and the shortlist of one lot of a closed framework agreement (MoF Order No. 110;
 * see shared/domain/framework-agreement.md, "Closed agreements" — elimination).
 *
 * Rules, each configuration with the documented default:
 * - Minimum participants: fewer than `min_responding` (2) responses or fewer than
 *   `min_qualified` (2) qualified responses at or below the ceiling → the lot fails (流标) and
 *   may be re-run ("Minimum 2 responding and 2 qualifying suppliers [R]").
 * - Elimination: at least ⌈n × rate⌉ and at least 1 of the n ranked responses are eliminated;
 *   the rate is ≥ 20 %, or ≥ 40 % for quality-priority testing/lab instruments ("≥20 % of
 *   qualified responses and at least 1 supplier; ... ≥40 % and at least 1" [S]). A solicitation
 *   may instead cap the number shortlisted; the minimum elimination still holds under a cap
 *   (the cap can only shortlist fewer, never more), so 5 qualified with a cap of 5 still
 *   eliminates 1.
 * - Exactly 2 qualified: eliminating at least 1 leaves 1, and the lot **proceeds with one
 *   shortlisted supplier**. The domain file's two rules — the lot needs 2 qualifying suppliers,
 *   and at least 1 is eliminated — are both satisfied by that outcome, and nothing there asks for
 *   2 shortlisted; failing it would make every 2-supplier lot fail although it met the
 *   participation minimum. A solicitation that needs competition in phase 2 (second-round
 *   bidding, rotation) sets `min_shortlisted: 2`, and then such a lot fails instead.
 * - Ties at the cut-off: the cut-off is a count, never a price. When the last shortlisted and the
 *   first eliminated response tie on the method's key (all prices equal, say), the ranking's
 *   tie-break chain (earlier submission, …, seeded draw) decides which side each falls on, and
 *   `cutoff.decided_by` records the rule. Shortlisting every tied response would break the
 *   minimum elimination (with all prices equal nobody would be eliminated); eliminating them all
 *   could empty the lot.
 */
import { InvalidValueError } from "@govmall/procurement-core/domain/domain-error"
import type { Fen } from "@govmall/procurement-core/domain/money"
import type { ExcludedResponse, Ranking, RankedResponse, TieBreakRule } from "./rank-responses"

export type EliminationRule =
  | { kind: "rate"; /** Percent of the ranked responses (≤ 2 decimals), ≥ the legal minimum. */ percent: number }
  | { kind: "cap"; max_shortlisted: number }

export type ShortlistRules = {
  elimination: EliminationRule
  /** Quality-priority testing/lab instruments: the minimum rate is 40 % instead of 20 %. */
  lab_instrument?: boolean
  min_responding?: number
  min_qualified?: number
  min_shortlisted?: number
}

export const DEFAULT_MIN_ELIMINATION_PERCENT = 20
export const LAB_INSTRUMENT_MIN_ELIMINATION_PERCENT = 40
export const DEFAULT_MIN_RESPONDING = 2
export const DEFAULT_MIN_QUALIFIED = 2
export const DEFAULT_MIN_SHORTLISTED = 1

export type LotFailure = "too_few_responses" | "too_few_qualified" | "too_few_shortlisted"

export type Cutoff = {
  last_shortlisted: string
  first_eliminated: string
  /** "method" when the method's key (price or score) separated them, else the tie-break rule. */
  decided_by: "method" | TieBreakRule
}

export type LotShortlist = {
  lot_id: string
  outcome: "shortlisted" | "failed"
  failure: LotFailure | null
  /** Minimum rate applied, in percent. */
  min_elimination_percent: number
  eliminated_count: number
  shortlisted: RankedResponse[]
  eliminated: RankedResponse[]
  /** Qualified responses of a failed lot, unranked in effect. */
  not_decided: RankedResponse[]
  excluded: ExcludedResponse[]
  cutoff: Cutoff | null
  /** For the shortlist announcement: the highest agreement (quoted) price shortlisted. */
  highest_shortlisted_price_fen: Fen | null
  /** For the shortlist announcement (quality priority): the lowest score shortlisted. */
  lowest_shortlisted_score: number | null
}

function wholeAtLeast(value: unknown, minimum: number, label: string): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < minimum) {
    throw new InvalidValueError(`${label} must be a whole number ≥ ${minimum}, got ${String(value)}`)
  }
  return value
}

/** The legal minimum elimination rate for the method and item. */
export function minimumEliminationPercent(method: Ranking["method"], labInstrument = false): number {
  return method === "quality_priority" && labInstrument
    ? LAB_INSTRUMENT_MIN_ELIMINATION_PERCENT
    : DEFAULT_MIN_ELIMINATION_PERCENT
}

/** A percent with at most 2 decimals as an integer number of hundredths (25.5 → 2550), or null. */
function percentHundredths(value: unknown): number | null {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) return null
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(String(value))
  return match ? Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0")) : null
}

/**
 * How many of `ranked` responses are eliminated: max(⌈ranked × percent / 100⌉, 1), and under a
 * cap also enough to leave at most `max_shortlisted`. Integer arithmetic, so 25 % of 200 is
 * exactly 50 (a float product could round up to 51).
 */
export function eliminationCount(ranked: number, rule: EliminationRule, minimumPercent: number): number {
  wholeAtLeast(ranked, 0, "ranked")
  const hundredths = percentHundredths(rule.kind === "rate" ? rule.percent : minimumPercent)
  if (hundredths === null) {
    throw new InvalidValueError(`elimination percent must be a percent with at most 2 decimals, got ${String(rule.kind === "rate" ? rule.percent : minimumPercent)}`)
  }
  const byRate = Math.max(Math.ceil((ranked * hundredths) / 10_000), 1)
  const byCap = rule.kind === "cap" ? ranked - rule.max_shortlisted : 0
  return Math.min(Math.max(byRate, byCap), ranked)
}

function checkRules(rules: ShortlistRules, minimumPercent: number): void {
  const rule = rules.elimination
  if (rule?.kind === "rate") {
    const hundredths = percentHundredths(rule.percent)
    if (hundredths === null || rule.percent < minimumPercent || rule.percent >= 100) {
      throw new InvalidValueError(
        `elimination.percent must be a percent (at most 2 decimals) from ${minimumPercent} to below 100, got ${String(rule.percent)}`
      )
    }
  } else if (rule?.kind === "cap") {
    wholeAtLeast(rule.max_shortlisted, 1, "elimination.max_shortlisted")
  } else {
    throw new InvalidValueError(`elimination.kind must be "rate" or "cap", got ${JSON.stringify((rule as { kind?: unknown })?.kind ?? null)}`)
  }
  if (rules.min_responding !== undefined) wholeAtLeast(rules.min_responding, 2, "min_responding")
  if (rules.min_qualified !== undefined) wholeAtLeast(rules.min_qualified, 2, "min_qualified")
  if (rules.min_shortlisted !== undefined) wholeAtLeast(rules.min_shortlisted, 1, "min_shortlisted")
}

/** Applies elimination to a lot's ranking (see rank-responses.ts). */
export function shortlistLot(ranking: Ranking, rules: ShortlistRules): LotShortlist {
  const minimumPercent = minimumEliminationPercent(ranking.method, rules.lab_instrument)
  checkRules(rules, minimumPercent)
  const ranked = ranking.ranked
  const base = {
    lot_id: ranking.lot_id,
    min_elimination_percent: minimumPercent,
    excluded: ranking.excluded,
  }
  const fail = (failure: LotFailure): LotShortlist => ({
    ...base,
    outcome: "failed",
    failure,
    eliminated_count: 0,
    shortlisted: [],
    eliminated: [],
    not_decided: ranked,
    cutoff: null,
    highest_shortlisted_price_fen: null,
    lowest_shortlisted_score: null,
  })

  if (ranking.responding < (rules.min_responding ?? DEFAULT_MIN_RESPONDING)) {
    return fail("too_few_responses")
  }
  if (ranked.length < (rules.min_qualified ?? DEFAULT_MIN_QUALIFIED)) {
    return fail("too_few_qualified")
  }
  const eliminatedCount = eliminationCount(ranked.length, rules.elimination, minimumPercent)
  const keep = ranked.length - eliminatedCount
  if (keep < (rules.min_shortlisted ?? DEFAULT_MIN_SHORTLISTED)) {
    return fail("too_few_shortlisted")
  }
  const shortlisted = ranked.slice(0, keep)
  const eliminated = ranked.slice(keep)
  const boundary = eliminated[0]
  return {
    ...base,
    outcome: "shortlisted",
    failure: null,
    eliminated_count: eliminatedCount,
    shortlisted,
    eliminated,
    not_decided: [],
    cutoff: {
      last_shortlisted: shortlisted[keep - 1].id,
      first_eliminated: boundary.id,
      decided_by: boundary.tie_broken_by ?? "method",
    },
    // Loops, not Math.max(...list): a spread of 100k arguments overflows the stack.
    highest_shortlisted_price_fen: shortlisted.reduce((max, entry) => Math.max(max, entry.price_fen), 0),
    lowest_shortlisted_score:
      ranking.method === "quality_priority"
        ? shortlisted.reduce((min, entry) => Math.min(min, entry.quality_score as number), Infinity)
        : null,
  }
}
