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
} as const

export type ProcurementCoreEvent = (typeof ProcurementCoreEvents)[keyof typeof ProcurementCoreEvents]
