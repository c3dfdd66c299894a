import type { SolicitationDTO } from "./types"

const FIELDS = [
  "id", "title", "owner_org_id", "region_code", "catalog_item_codes", "centralized_catalog", "eligible_region_codes",
  "eligible_unit_ids", "agreement_kind", "evaluation_method", "quality_priority_basis", "scoring_criteria",
  "elimination_rate_percent", "shortlist_cap", "phase2_methods", "term_months", "response_window_days", "demand_survey",
  "policy_preferences", "agreement_template", "status", "status_reason", "review_note", "submitted_at", "approved_at",
  "filed_at", "returned_at", "published_at", "cancelled_at", "response_deadline", "notice_announcement_id",
  "created_by", "submitted_by", "reviewed_by", "published_by",
] as const

const LOT_FIELDS = [
  "position", "name", "specification", "kind", "quantity_estimate", "unit", "budget_fen", "max_unit_price_fen",
  "consumables_price_required", "deposit_fen",
] as const

/** The state whose digest goes into the audit log (plan, lots in order, milestones). */
export function solicitationAuditState(s: SolicitationDTO) {
  const state: Record<string, unknown> = {}
  for (const f of FIELDS) state[f] = (s as Record<string, unknown>)[f] ?? null
  state.lots = [...(s.lots ?? [])]
    .sort((a, b) => a.position - b.position)
    .map((lot) => Object.fromEntries(LOT_FIELDS.map((f) => [f, f === "budget_fen" ? Number(lot[f]) : (lot as Record<string, unknown>)[f] ?? null])))
  return state
}
