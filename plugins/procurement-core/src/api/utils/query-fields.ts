/** Announcement fields the public sees (created_by, an internal actor id, is left out). */
export const PUBLIC_ANNOUNCEMENT_FIELDS = [
  "id",
  "type",
  "title",
  "related_type",
  "related_id",
  "region_code",
  "status",
  "published_at",
  "withdrawn_at",
  "withdraw_reason",
]

export const ADMIN_ANNOUNCEMENT_FIELDS = [
  ...PUBLIC_ANNOUNCEMENT_FIELDS,
  "body",
  "created_by",
  "organization_id",
  "created_at",
  "updated_at",
]

export const AUDIT_LOG_FIELDS = [
  "id",
  "actor_id",
  "actor_type",
  "organization_id",
  "action",
  "record_type",
  "record_id",
  "before_digest",
  "after_digest",
  "ip",
  "occurred_at",
  "metadata",
]

export const INBOX_MESSAGE_FIELDS = [
  "id",
  "title",
  "body",
  "link",
  "category",
  "read_at",
  "created_at",
]
