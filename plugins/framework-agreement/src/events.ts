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
