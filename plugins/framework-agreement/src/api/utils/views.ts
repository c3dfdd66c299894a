import type { SolicitationClarificationDTO, SolicitationDTO, SolicitationLotDTO } from "../../modules/solicitation/types"

const lotView = (lot: SolicitationLotDTO) => ({
  id: lot.id,
  position: lot.position,
  name: lot.name,
  specification: lot.specification,
  kind: lot.kind,
  quantity_estimate: lot.quantity_estimate,
  unit: lot.unit,
  budget_fen: Number(lot.budget_fen),
  max_unit_price_fen: lot.max_unit_price_fen,
  consumables_price_required: lot.consumables_price_required,
  deposit_fen: lot.deposit_fen,
})

/** The staff view: the whole plan with its milestones. */
export function adminSolicitationView(s: SolicitationDTO) {
  const { lots, ...rest } = s
  return { ...rest, lots: lots.map(lotView) }
}

/**
 * The public notice: what the solicitation documents say, without the internal record (the
 * demand survey's contacts, the staff who drafted, submitted, reviewed and published it).
 */
export function publicSolicitationView(s: SolicitationDTO, clarifications: SolicitationClarificationDTO[] = []) {
  return {
    id: s.id,
    title: s.title,
    solicitor_org_id: s.owner_org_id,
    region_code: s.region_code,
    catalog_item_codes: s.catalog_item_codes,
    eligible_region_codes: s.eligible_region_codes,
    eligible_unit_ids: s.eligible_unit_ids,
    agreement_kind: s.agreement_kind,
    evaluation_method: s.evaluation_method,
    quality_priority_basis: s.quality_priority_basis,
    scoring_criteria: s.scoring_criteria,
    elimination_rate_percent: s.elimination_rate_percent,
    shortlist_cap: s.shortlist_cap,
    phase2_methods: s.phase2_methods,
    term_months: s.term_months,
    response_window_days: s.response_window_days,
    policy_preferences: s.policy_preferences,
    agreement_template: s.agreement_template,
    status: s.status,
    cancel_reason: s.status === "cancelled" ? s.status_reason : null,
    published_at: s.published_at,
    cancelled_at: s.cancelled_at,
    response_deadline: s.response_deadline,
    notice_announcement_id: s.notice_announcement_id,
    lots: s.lots.map(lotView),
    clarifications: clarifications.filter((c) => c.answered_at).map(publicClarificationView),
  }
}

/** A clarification without its asker: answers are public, askers anonymous — for everyone, staff included. */
export function publicClarificationView(c: SolicitationClarificationDTO) {
  return {
    id: c.id,
    solicitation_id: c.solicitation_id,
    lot_id: c.lot_id ?? null,
    question: c.question,
    asked_at: c.asked_at,
    answer: c.answer ?? null,
    answered_at: c.answered_at ?? null,
    changes_documents: c.changes_documents,
    deadline_before: c.deadline_before ?? null,
    deadline_after: c.deadline_after ?? null,
  }
}
