/**
 * Ranks the responses to one lot by the solicitation's evaluation method (MoF Order No. 110; see
 * shared/domain/framework-agreement.md, "Closed agreements" — evaluation methods):
 *
 * - price_priority (价格优先法): responses the panel qualified whose quoted price is ≤ the lot's
 *   maximum unit price, by evaluation price ascending (quoted price minus any policy deduction,
 *   see price-deductions.ts);
 * - quality_priority (质量优先法): the same filter, by quality score descending (hundredths of a
 *   point, see evaluate-panel.ts).
 *
 * Ties on that key are broken by the solicitation's `tie_break` rules in order, and the ranking
 * records, for every response tied with the one above it, which rule separated them:
 *   earlier_submission  the earlier submission time (to the millisecond) ranks first;
 *   lower_price         the lower quoted price ranks first (after deductions, two quotes can
 *                       tie on evaluation price yet differ);
 *   higher_score        the higher quality score ranks first (responses without a score tie);
 *   seeded_draw         a draw: the still-tied responses, sorted by id, are shuffled
 *                       (Fisher–Yates) with a PRNG seeded by `seed|lot_id|their ids`, so a
 *                       regulator who has the seed replays the same order. It is the only rule
 *                       that always separates, so the list must end with it.
 *
 * Responses above the ceiling are excluded here even if the panel qualified them (the opening
 * should already have disqualified them). Draft and withdrawn responses are ignored; responses
 * still `submitted` or `opened` mean the panel has not decided, and ranking refuses.
 */
import { DomainError, InvalidValueError } from "@govmall/procurement-core/domain/domain-error"
import { percentOfFen, type Fen } from "@govmall/procurement-core/domain/money"
import { seededRandom } from "@govmall/procurement-core/domain/seeded-random"
import { createDeductionPolicy, type PriceDeduction } from "./price-deductions"
import type { ResponseStatus } from "./response-lifecycle"

export const EVALUATION_METHODS = ["price_priority", "quality_priority"] as const
export type EvaluationMethod = (typeof EVALUATION_METHODS)[number]

export const TIE_BREAK_RULES = ["earlier_submission", "lower_price", "higher_score", "seeded_draw"] as const
export type TieBreakRule = (typeof TIE_BREAK_RULES)[number]

export const DEFAULT_TIE_BREAK: Readonly<Record<EvaluationMethod, readonly TieBreakRule[]>> = {
  price_priority: ["earlier_submission", "lower_price", "seeded_draw"],
  quality_priority: ["earlier_submission", "lower_price", "seeded_draw"],
}

export type RankableResponse = {
  id: string
  supplier_id: string
  lot_id: string
  status: ResponseStatus
  /** Quoted unit price in fen: the agreement price if shortlisted. */
  price_fen: Fen
  /** Mean expert score in hundredths of a point; required for quality_priority. */
  quality_score?: number | null
  submitted_at: Date | number
  /** Policy tags matched against the solicitation's price deductions, e.g. ["small_micro_enterprise"]. */
  policy_tags?: readonly string[]
  /** Why the panel or the opening disqualified it, when status is disqualified. */
  disqualify_reason?: string | null
}

export type RankingRules = {
  method: EvaluationMethod
  /** The lot's maximum unit price (最高限制单价) in fen. */
  ceiling_fen: Fen
  /** Default DEFAULT_TIE_BREAK[method]; must end with "seeded_draw". */
  tie_break?: readonly TieBreakRule[]
  /** Seed of the draw; recorded with the result. */
  seed: string
  price_deductions?: readonly PriceDeduction[]
}

export type RankedResponse = {
  id: string
  supplier_id: string
  rank: number
  price_fen: Fen
  evaluation_price_fen: Fen
  deduction_percent: string
  quality_score: number | null
  submitted_at_ms: number
  /** Rule that placed this response below the previous one when their method key was equal. */
  tie_broken_by: TieBreakRule | null
}

export type ExclusionReason = "disqualified" | "invalid" | "above_ceiling"
export type ExcludedResponse = {
  id: string
  supplier_id: string
  reason: ExclusionReason
  detail: string | null
}

export type SeededDraw = { response_ids: string[]; order: string[] }

export type Ranking = {
  lot_id: string
  method: EvaluationMethod
  ceiling_fen: Fen
  tie_break: readonly TieBreakRule[]
  seed: string
  ranked: RankedResponse[]
  excluded: ExcludedResponse[]
  /** Responses that were submitted and not withdrawn (ranked + excluded). */
  responding: number
  draws: SeededDraw[]
}

/**
 * The rankable responses as columns indexed alike: sorting moves small integers instead of
 * objects, and each output object is built once, in rank order.
 */
type Columns = {
  source: RankableResponse[]
  /** The method's key, ascending: evaluation price, or −score for quality priority. */
  key: number[]
  submitted: number[]
  price: number[]
  /** −1 when the response has no score. */
  score: number[]
  evaluation: number[]
  percent: string[]
}

const RANKABLE: ReadonlySet<ResponseStatus> = new Set(["qualified", "shortlisted", "eliminated"])
const IGNORED: ReadonlySet<ResponseStatus> = new Set(["draft", "withdrawn"])

function checkRules(rules: RankingRules): readonly TieBreakRule[] {
  if (!(EVALUATION_METHODS as readonly string[]).includes(rules.method)) {
    throw new InvalidValueError(`method must be one of ${EVALUATION_METHODS.join(", ")}, got ${JSON.stringify(rules.method)}`)
  }
  if (!Number.isSafeInteger(rules.ceiling_fen) || rules.ceiling_fen <= 0) {
    throw new InvalidValueError(`ceiling_fen must be a whole number of fen above 0, got ${String(rules.ceiling_fen)}`)
  }
  if (typeof rules.seed !== "string" || rules.seed === "") {
    throw new InvalidValueError("seed must be a non-empty string")
  }
  const tieBreak = rules.tie_break ?? DEFAULT_TIE_BREAK[rules.method]
  tieBreak.forEach((rule, index) => {
    if (!(TIE_BREAK_RULES as readonly string[]).includes(rule)) {
      throw new InvalidValueError(`tie_break[${index}] must be one of ${TIE_BREAK_RULES.join(", ")}, got ${JSON.stringify(rule)}`)
    }
  })
  if (new Set(tieBreak).size !== tieBreak.length) {
    throw new InvalidValueError(`tie_break lists a rule twice: ${tieBreak.join(", ")}`)
  }
  if (tieBreak[tieBreak.length - 1] !== "seeded_draw") {
    throw new InvalidValueError(
      `tie_break must end with "seeded_draw" (the only rule that always separates), got ${tieBreak.join(", ") || "nothing"}`
    )
  }
  return tieBreak
}

/** 0 when equal; negative when `a` ranks first. */
function compareBy(rule: TieBreakRule, c: Columns, a: number, b: number): number {
  switch (rule) {
    case "earlier_submission":
      return c.submitted[a] - c.submitted[b]
    case "lower_price":
      return c.price[a] - c.price[b]
    case "higher_score":
      return c.score[b] - c.score[a]
    case "seeded_draw":
      return 0 // settled afterwards, run by run
  }
}

/** Shuffles the ids (sorted first) with a PRNG seeded by the seed, the lot and the ids themselves. */
export function drawOrder(seed: string, lotId: string, responseIds: readonly string[]): string[] {
  const ids = [...responseIds].sort()
  const random = seededRandom(`${seed}|${lotId}|${ids.join(",")}`)
  for (let i = ids.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[ids[i], ids[j]] = [ids[j], ids[i]]
  }
  return ids
}

/** Ranks one lot's responses. All of them must belong to `lotId`. */
export function rankResponses(
  lotId: string,
  responses: readonly RankableResponse[],
  rules: RankingRules
): Ranking {
  const tieBreak = checkRules(rules)
  const deductions = createDeductionPolicy(rules.price_deductions)
  const quality = rules.method === "quality_priority"
  const c: Columns = { source: [], key: [], submitted: [], price: [], score: [], evaluation: [], percent: [] }
  const excluded: ExcludedResponse[] = []
  const seenIds = new Set<string>()
  const liveSuppliers = new Set<string>()

  for (const response of responses) {
    if (response.lot_id !== lotId) {
      throw new InvalidValueError(`response ${response.id} belongs to lot ${response.lot_id}, not ${lotId}`)
    }
    if (seenIds.has(response.id)) {
      throw new InvalidValueError(`response ${response.id} is listed twice`)
    }
    seenIds.add(response.id)
    if (IGNORED.has(response.status)) {
      continue
    }
    // One live response per supplier and lot: a second one is a double submission.
    if (liveSuppliers.has(response.supplier_id)) {
      throw new InvalidValueError(`supplier ${response.supplier_id} has more than one live response in lot ${lotId}`)
    }
    liveSuppliers.add(response.supplier_id)
    if (response.status === "disqualified" || response.status === "invalid") {
      excluded.push({
        id: response.id,
        supplier_id: response.supplier_id,
        reason: response.status,
        detail: response.disqualify_reason ?? null,
      })
      continue
    }
    if (!RANKABLE.has(response.status)) {
      throw new DomainError(
        "not_allowed",
        `response ${response.id} is still "${response.status}": lot ${lotId} cannot be ranked before the panel decides every response`
      )
    }
    const price = response.price_fen
    if (!Number.isSafeInteger(price) || price <= 0) {
      throw new InvalidValueError(`price_fen of response ${response.id} must be a whole number of fen above 0, got ${String(price)}`)
    }
    if (price > rules.ceiling_fen) {
      excluded.push({
        id: response.id,
        supplier_id: response.supplier_id,
        reason: "above_ceiling",
        detail: `${price} fen > maximum unit price ${rules.ceiling_fen} fen`,
      })
      continue
    }
    const score = response.quality_score ?? null
    if (score !== null && (!Number.isSafeInteger(score) || score < 0)) {
      throw new InvalidValueError(`quality_score of response ${response.id} must be a whole number of hundredths ≥ 0, got ${String(score)}`)
    }
    if (quality && score === null) {
      throw new InvalidValueError(`quality_score of response ${response.id} is missing; quality_priority ranks by it`)
    }
    const submittedAt = typeof response.submitted_at === "number" ? response.submitted_at : response.submitted_at?.getTime?.()
    if (typeof submittedAt !== "number" || !Number.isFinite(submittedAt)) {
      throw new InvalidValueError(`submitted_at of response ${response.id} must be a valid date`)
    }
    const percent = deductions.percentFor(response.policy_tags)
    const evaluation = percent === "0" ? price : price - percentOfFen(price, percent, "half-up")
    c.source.push(response)
    c.key.push(quality ? -(score as number) : evaluation)
    c.submitted.push(submittedAt)
    c.price.push(price)
    c.score.push(score ?? -1)
    c.evaluation.push(evaluation)
    c.percent.push(percent)
  }

  const order = c.source.map((_, index) => index)
  order.sort((a, b) => {
    const byKey = c.key[a] - c.key[b]
    if (byKey !== 0) {
      return byKey
    }
    for (const rule of tieBreak) {
      const byRule = compareBy(rule, c, a, b)
      if (byRule !== 0) {
        return byRule
      }
    }
    return 0
  })
  const draws = settleDraws(order, c, tieBreak, rules.seed, lotId)

  const ranked: RankedResponse[] = new Array(order.length)
  for (let r = 0; r < order.length; r++) {
    const i = order[r]
    const previous = r > 0 ? order[r - 1] : -1
    ranked[r] = {
      id: c.source[i].id,
      supplier_id: c.source[i].supplier_id,
      rank: r + 1,
      price_fen: c.price[i],
      evaluation_price_fen: c.evaluation[i],
      deduction_percent: c.percent[i],
      quality_score: c.score[i] < 0 ? null : c.score[i],
      submitted_at_ms: c.submitted[i],
      tie_broken_by: previous >= 0 && c.key[previous] === c.key[i] ? firstSeparatingRule(tieBreak, c, previous, i) : null,
    }
  }

  return {
    lot_id: lotId,
    method: rules.method,
    ceiling_fen: rules.ceiling_fen,
    tie_break: tieBreak,
    seed: rules.seed,
    ranked,
    excluded,
    responding: ranked.length + excluded.length,
    draws,
  }
}

/** The first rule that tells `a` from `b`; "seeded_draw" when only the draw did. */
function firstSeparatingRule(tieBreak: readonly TieBreakRule[], c: Columns, a: number, b: number): TieBreakRule {
  for (const rule of tieBreak) {
    if (rule === "seeded_draw" || compareBy(rule, c, a, b) !== 0) {
      return rule
    }
  }
  return "seeded_draw"
}

/** Reorders each run of responses still tied on every rule by a seeded draw, in place. */
function settleDraws(order: number[], c: Columns, tieBreak: readonly TieBreakRule[], seed: string, lotId: string): SeededDraw[] {
  const draws: SeededDraw[] = []
  const tied = (a: number, b: number) =>
    c.key[a] === c.key[b] && tieBreak.every((rule) => compareBy(rule, c, a, b) === 0)
  let start = 0
  while (start < order.length) {
    let end = start + 1
    while (end < order.length && tied(order[start], order[end])) {
      end++
    }
    if (end - start > 1) {
      const group = order.slice(start, end)
      const indexById = new Map(group.map((index) => [c.source[index].id, index]))
      const drawn = drawOrder(seed, lotId, [...indexById.keys()])
      drawn.forEach((id, offset) => {
        order[start + offset] = indexById.get(id) as number
      })
      draws.push({ response_ids: [...indexById.keys()].sort(), order: drawn })
    }
    start = end
  }
  return draws
}

/** Groups responses by lot (insertion order of first appearance). */
export function groupByLot<R extends { lot_id: string }>(responses: readonly R[]): Map<string, R[]> {
  const lots = new Map<string, R[]>()
  for (const response of responses) {
    const list = lots.get(response.lot_id)
    if (list) {
      list.push(response)
    } else {
      lots.set(response.lot_id, [response])
    }
  }
  return lots
}
