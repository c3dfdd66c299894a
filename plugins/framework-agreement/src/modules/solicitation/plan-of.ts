import type { SolicitationPlan } from "../../domain/plan-rules"
import type { SolicitationDTO, SolicitationLotDTO } from "./types"

/** The plan's own fields (everything but lots) as stored on the solicitation row. */
export const PLAN_FIELDS = [
  "title",
  "region_code",
  "catalog_item_codes",
  "centralized_catalog",
  "eligible_region_codes",
  "eligible_unit_ids",
  "agreement_kind",
  "evaluation_method",
  "quality_priority_basis",
  "scoring_criteria",
  "elimination_rate_percent",
  "shortlist_cap",
  "phase2_methods",
  "term_months",
  "response_window_days",
  "demand_survey",
  "policy_preferences",
  "agreement_template",
] as const

/** The stored row as a plan, for the rules. */
export function planOf(s: SolicitationDTO): SolicitationPlan {
  const plan: Record<string, unknown> = {}
  for (const f of PLAN_FIELDS) plan[f] = (s as Record<string, unknown>)[f] ?? null
  plan.eligible_region_codes = s.eligible_region_codes ?? []
  plan.eligible_unit_ids = s.eligible_unit_ids ?? []
  plan.policy_preferences = s.policy_preferences ?? []
  plan.lots = s.lots.map(({ id: _id, position: _p, solicitation_id: _s, ...lot }) => lot)
  return plan as SolicitationPlan
}

/** A retrieved row (MikroORM entity or plain object) as a DTO: lots sorted, the numeric budget a number. */
export function toSolicitationDTO(row: unknown): SolicitationDTO {
  const s = JSON.parse(JSON.stringify(row)) as SolicitationDTO & { lots?: Array<Record<string, unknown>> }
  const lots = (s.lots ?? [])
    .map((lot) => ({ ...lot, budget_fen: Number(lot.budget_fen) }) as unknown as SolicitationLotDTO)
    .map(({ raw_budget_fen: _raw, ...lot }: SolicitationLotDTO & { raw_budget_fen?: unknown }) => lot as SolicitationLotDTO)
    .sort((a, b) => a.position - b.position)
  const dates = ["submitted_at", "approved_at", "filed_at", "returned_at", "published_at", "cancelled_at", "response_deadline"] as const
  const out = { ...s, lots } as SolicitationDTO
  for (const d of dates) (out as Record<string, unknown>)[d] = s[d] ? new Date(s[d] as unknown as string) : null
  return out
}
