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
} as const
