/**
 * Events this plugin emits (through the event bus, after the workflow that caused them has
 * succeeded). Payload: `{ id }` of the record, plus what is noted.
 */
export const ProcurementCoreEvents = {
  /** A draft announcement was created. */
  ANNOUNCEMENT_CREATED: "procurement_core.announcement_created",
  /** An announcement became public. Payload `{ id, type, published_at }`. */
  ANNOUNCEMENT_PUBLISHED: "procurement_core.announcement_published",
  /** A published announcement was withdrawn (it stays visible with its reason). */
  ANNOUNCEMENT_WITHDRAWN: "procurement_core.announcement_withdrawn",
  /** An operator created or changed a calendar override. Payload `{ id, date }`. */
  CALENDAR_OVERRIDE_UPSERTED: "procurement_core.calendar_override_upserted",
  /** Messages were put in inboxes. Payload `{ ids }`. */
  INBOX_MESSAGES_SENT: "procurement_core.inbox_messages_sent",
  /** A supplier or bank registered itself (status pending_review). Payload `{ id, kind, member_id }`. */
  ORGANIZATION_REGISTERED: "procurement_core.organization_registered",
  /** The platform created an organization (approved). Payload `{ id, kind }`. */
  ORGANIZATION_CREATED: "procurement_core.organization_created",
  /** Review and sanctions. Payload `{ id, kind, status, reason }`. */
  ORGANIZATION_APPROVED: "procurement_core.organization_approved",
  ORGANIZATION_REJECTED: "procurement_core.organization_rejected",
  ORGANIZATION_SUSPENDED: "procurement_core.organization_suspended",
  ORGANIZATION_BANNED: "procurement_core.organization_banned",
  ORGANIZATION_REINSTATED: "procurement_core.organization_reinstated",
  /** A rejected supplier / bank corrected its data and is pending_review again. */
  ORGANIZATION_RESUBMITTED: "procurement_core.organization_resubmitted",
  /** A person was enrolled in an organization. Payload `{ id, organization_id, actor_type, actor_id }`. */
  MEMBER_ENROLLED: "procurement_core.member_enrolled",
  /** An evaluation expert was enrolled. Payload `{ id }`. */
  EXPERT_ENROLLED: "procurement_core.expert_enrolled",
} as const

export type ProcurementCoreEvent = (typeof ProcurementCoreEvents)[keyof typeof ProcurementCoreEvents]
