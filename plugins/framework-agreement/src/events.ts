/** Events the framework-agreement plugin emits (payload `{ id }` unless noted). */
export const FrameworkAgreementEvents = {
  SOLICITATION_CREATED: "framework_agreement.solicitation_created",
  SOLICITATION_UPDATED: "framework_agreement.solicitation_updated",
  SOLICITATION_SUBMITTED: "framework_agreement.solicitation_submitted",
  SOLICITATION_APPROVED: "framework_agreement.solicitation_approved",
  SOLICITATION_FILED: "framework_agreement.solicitation_filed",
  /** `{ id, reason }` */
  SOLICITATION_RETURNED: "framework_agreement.solicitation_returned",
  /** `{ id, notice_announcement_id, response_deadline }` */
  SOLICITATION_PUBLISHED: "framework_agreement.solicitation_published",
  /** `{ id, reason }` */
  SOLICITATION_CANCELLED: "framework_agreement.solicitation_cancelled",
  /** `{ id, solicitation_id }` — the asker is never in the payload. */
  CLARIFICATION_ASKED: "framework_agreement.clarification_asked",
  /** `{ id, solicitation_id, changes_documents, deadline_extended, response_deadline }` */
  CLARIFICATION_ANSWERED: "framework_agreement.clarification_answered",
  /** `{ id, solicitation_id, lot_id, supplier_org_id, signing_deadline }` — one per agreement. */
  AGREEMENT_GENERATED: "framework_agreement.agreement_generated",
  /** `{ id, side }` — side `supplier` | `solicitor`, after the server verified the CA signature. */
  AGREEMENT_SIGNED: "framework_agreement.agreement_signed",
  /** `{ id, starts_at, ends_at, filing_due_at }` — every required signature in time. */
  AGREEMENT_ACTIVATED: "framework_agreement.agreement_activated",
  /** `{ id, notified }` — eligible purchasing units were sent the agreement (inbox). */
  AGREEMENT_PUSHED: "framework_agreement.agreement_pushed",
  /** Warning `{ id, signing_deadline }` — 5 days or fewer left to sign. */
  SIGNING_DEADLINE_APPROACHING: "framework_agreement.signing_deadline_approaching",
  /** Warning `{ id, fault, signing_deadline }` — the 30-day window closed unsigned; the agreement lapsed. */
  AGREEMENT_LAPSED: "framework_agreement.agreement_lapsed",
  /** `{ id, filed_at }` — the solicitor filed (备案) the signed agreement. */
  AGREEMENT_FILED: "framework_agreement.agreement_filed",
  /** `{ id }` — the province's regulator acknowledged the filing. */
  FILING_ACKNOWLEDGED: "framework_agreement.filing_acknowledged",
  /** Warning `{ id, filing_due_at }` — not filed within 7 working days of signing. */
  FILING_OVERDUE: "framework_agreement.filing_overdue",
  /** `{ id, ended_at }` — the term is over (scheduled job). */
  AGREEMENT_EXPIRED: "framework_agreement.agreement_expired",
  /** `{ id, reason }` */
  AGREEMENT_TERMINATED: "framework_agreement.agreement_terminated",
  /** `{ id, agreement_id, supplier_org_id, review_due_at }` — open agreements. */
  MEMBERSHIP_APPLIED: "framework_agreement.membership_applied",
  /** `{ id, agreement_id, supplier_org_id }` */
  MEMBERSHIP_APPROVED: "framework_agreement.membership_approved",
  /** `{ id, agreement_id, supplier_org_id, reason }` */
  MEMBERSHIP_REJECTED: "framework_agreement.membership_rejected",
  /** `{ id, agreement_id, supplier_org_id }` */
  MEMBERSHIP_LEFT: "framework_agreement.membership_left",
  /** `{ id, agreement_id, supplier_org_id, reason }` — cannot rejoin. */
  MEMBERSHIP_REMOVED: "framework_agreement.membership_removed",
  /** `{ solicitation_id, lot_id, original, remaining }` — a closed lot fell below 70 % of its parties. */
  SUPPLEMENTARY_SOLICITATION_NEEDED: "framework_agreement.supplementary_solicitation_needed",
  /** `{ id, solicitation_id, lot_id, supplier_org_id, replaces_id }` — never a price (there is none in clear). */
  RESPONSE_SUBMITTED: "framework_agreement.response_submitted",
  /** `{ id, solicitation_id, lot_id, supplier_org_id }` */
  RESPONSE_WITHDRAWN: "framework_agreement.response_withdrawn",
  /** `{ id, solicitation_id, lot_id, supplier_org_id, amount_fen }` */
  DEPOSIT_PAID: "framework_agreement.deposit_paid",
  /** `{ id, window_closes_at }` — published → closed → opened at the opening time. */
  SOLICITATION_OPENED: "framework_agreement.solicitation_opened",
  /** `{ id, solicitation_id, status, reason, foreign_certificate }` — a supplier released its key. */
  RESPONSE_OPENED: "framework_agreement.response_opened",
  /** `{ id: solicitation_id, invalidated: [response ids], clue_count }` */
  OPENING_CLOSED: "framework_agreement.opening_closed",
  /** `{ solicitation_id, clues: [{ kind, lot_id, supplier_ids, response_ids }] }` — for the panel and the regulator. */
  COLLUSION_CLUES_FOUND: "framework_agreement.collusion_clues_found",
} as const
