/**
 * Turns the expert panel's individual verdicts into each response's result (MoF Order No. 110;
 * see shared/domain/framework-agreement.md, "Closed agreements" — evaluation by an expert panel,
 * quantifiable indicators scored in grades, the rest pass/fail).
 *
 * - Qualification (资格/符合性审查) is decided by a strict majority of the whole panel: with 5
 *   experts, 3 passes qualify. The panel size is odd, so there is no tied vote. Each fail vote
 *   carries a reason, and the reasons of the failing experts are the recorded reasons.
 * - Quality score: each expert's total is the sum of its criterion scores; the response's score
 *   is the mean of the panel's totals. Scores are integers in hundredths of a point (87.5 →
 *   8750); the mean is rounded half-up to a whole hundredth: ⌊(2·sum + n) / 2n⌋. Every expert
 *   scores every response, also one it votes to fail, so the mean always divides by the whole
 *   panel and one expert's fail vote cannot move the score of a response the majority qualified.
 * - Not decidable until every panel expert has recorded a verdict (and, with scoring criteria,
 *   every score) for the response: the result names the missing experts instead of guessing.
 */
import { InvalidValueError } from "@govmall/procurement-core/domain/domain-error"

export type ScoringCriterion = {
  id: string
  /** Maximum points in hundredths (e.g. 3000 for 30 points). */
  max_points: number
  /** Allowed grade values in hundredths (评分档次); when omitted any whole hundredth 0..max. */
  grades?: readonly number[]
}

export type ExpertVerdict = {
  expert_id: string
  response_id: string
  pass: boolean
  /** Required when `pass` is false. */
  reason?: string | null
  /** Criterion id → points in hundredths. Required for every criterion when criteria exist. */
  scores?: Readonly<Record<string, number>>
}

export type PanelEvaluationInput = {
  panel: readonly string[]
  response_ids: readonly string[]
  verdicts: readonly ExpertVerdict[]
  criteria?: readonly ScoringCriterion[]
}

export type ResponseEvaluation = {
  response_id: string
  decided: boolean
  missing_experts: string[]
  qualified: boolean | null
  pass_votes: number
  fail_votes: number
  fail_reasons: Array<{ expert_id: string; reason: string }>
  /** Mean of the experts' totals in hundredths; null without criteria or until decided. */
  quality_score: number | null
  expert_totals: Array<{ expert_id: string; total: number }>
}

/** Mean of non-negative integers rounded half-up to an integer. */
export function meanHalfUp(values: readonly number[]): number {
  if (values.length === 0) {
    throw new InvalidValueError("cannot take the mean of no scores")
  }
  const sum = values.reduce((total, value) => total + value, 0)
  return Math.floor((2 * sum + values.length) / (2 * values.length))
}

function checkPanel(panel: readonly string[]): void {
  if (!Array.isArray(panel) || panel.length === 0 || panel.length % 2 === 0) {
    throw new InvalidValueError(`panel must have an odd number of experts, got ${Array.isArray(panel) ? panel.length : String(panel)}`)
  }
  if (new Set(panel).size !== panel.length) {
    throw new InvalidValueError("panel lists an expert twice")
  }
}

function checkCriteria(criteria: readonly ScoringCriterion[]): Map<string, ScoringCriterion> {
  const byId = new Map<string, ScoringCriterion>()
  criteria.forEach((criterion, index) => {
    if (typeof criterion.id !== "string" || criterion.id === "" || byId.has(criterion.id)) {
      throw new InvalidValueError(`criteria[${index}].id must be a unique non-empty string`)
    }
    if (!Number.isSafeInteger(criterion.max_points) || criterion.max_points <= 0) {
      throw new InvalidValueError(`criteria[${index}].max_points must be a whole number of hundredths above 0`)
    }
    byId.set(criterion.id, criterion)
  })
  return byId
}

function expertTotal(verdict: ExpertVerdict, index: number, criteria: Map<string, ScoringCriterion>): number | null {
  if (criteria.size === 0) {
    return null
  }
  const scores = verdict.scores ?? {}
  for (const key of Object.keys(scores)) {
    if (!criteria.has(key)) {
      throw new InvalidValueError(`verdicts[${index}].scores.${key} is not a scoring criterion`)
    }
  }
  let total = 0
  for (const criterion of criteria.values()) {
    const value = scores[criterion.id]
    const field = `verdicts[${index}].scores.${criterion.id}`
    if (value === undefined) {
      return null // this expert has not scored yet
    }
    if (!Number.isSafeInteger(value) || value < 0 || value > criterion.max_points) {
      throw new InvalidValueError(`${field} must be a whole number of hundredths from 0 to ${criterion.max_points}, got ${String(value)}`)
    }
    if (criterion.grades && !criterion.grades.includes(value)) {
      throw new InvalidValueError(`${field} must be one of the grades ${criterion.grades.join(", ")}, got ${value}`)
    }
    total += value
  }
  return total
}

/** Evaluates every response; throws on verdicts that do not fit the panel or the criteria. */
export function evaluatePanel(input: PanelEvaluationInput): ResponseEvaluation[] {
  checkPanel(input.panel)
  const criteria = checkCriteria(input.criteria ?? [])
  const members = new Set(input.panel)
  const byResponse = new Map<string, Map<string, { verdict: ExpertVerdict; total: number | null }>>()
  for (const id of input.response_ids) {
    byResponse.set(id, new Map())
  }

  input.verdicts.forEach((verdict, index) => {
    if (!members.has(verdict.expert_id)) {
      throw new InvalidValueError(`verdicts[${index}].expert_id ${verdict.expert_id} is not on the panel`)
    }
    const perExpert = byResponse.get(verdict.response_id)
    if (!perExpert) {
      throw new InvalidValueError(`verdicts[${index}].response_id ${verdict.response_id} is not a response of this lot`)
    }
    if (perExpert.has(verdict.expert_id)) {
      throw new InvalidValueError(`verdicts[${index}]: expert ${verdict.expert_id} already judged response ${verdict.response_id}`)
    }
    if (typeof verdict.pass !== "boolean") {
      throw new InvalidValueError(`verdicts[${index}].pass must be true or false`)
    }
    if (!verdict.pass && (typeof verdict.reason !== "string" || verdict.reason.trim() === "")) {
      throw new InvalidValueError(`verdicts[${index}].reason is required when an expert fails a response`)
    }
    perExpert.set(verdict.expert_id, { verdict, total: expertTotal(verdict, index, criteria) })
  })

  const majority = Math.floor(input.panel.length / 2) + 1
  return input.response_ids.map((responseId) => {
    const perExpert = byResponse.get(responseId) as Map<string, { verdict: ExpertVerdict; total: number | null }>
    const missing = input.panel.filter((expert) => {
      const entry = perExpert.get(expert)
      return !entry || (criteria.size > 0 && entry.total === null)
    })
    const entries = input.panel.flatMap((expert) => {
      const entry = perExpert.get(expert)
      return entry ? [{ expert, ...entry }] : []
    })
    const passVotes = entries.filter((entry) => entry.verdict.pass).length
    const decided = missing.length === 0
    const totals = entries
      .filter((entry) => entry.total !== null)
      .map((entry) => ({ expert_id: entry.expert, total: entry.total as number }))
    return {
      response_id: responseId,
      decided,
      missing_experts: missing,
      qualified: decided ? passVotes >= majority : null,
      pass_votes: passVotes,
      fail_votes: entries.length - passVotes,
      fail_reasons: entries
        .filter((entry) => !entry.verdict.pass)
        .map((entry) => ({ expert_id: entry.expert, reason: (entry.verdict.reason as string).trim() })),
      quality_score: decided && criteria.size > 0 ? meanHalfUp(totals.map((entry) => entry.total)) : null,
      expert_totals: totals,
    }
  })
}
