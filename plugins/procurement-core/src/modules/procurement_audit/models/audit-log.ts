import { model } from "@medusajs/framework/utils"

/**
 * One row per action on a procurement record: who (actor, organization, IP), what (action,
 * record, digests of the state before and after), when (occurred_at, from the business clock).
 *
 * Append-only: the migration installs a trigger that refuses UPDATE, and DELETE of a row younger
 * than 15 years (records are kept 15 years, GPL 42). Rows are written with `appendAuditEntry`
 * inside the caller's own transaction.
 */
const AuditLog = model
  .define("audit_log", {
    id: model.id({ prefix: "aud" }).primaryKey(),
    actor_id: model.text(),
    /** "user" (platform staff), "customer" (purchaser staff), "supplier", "expert", "bank", "system" … */
    actor_type: model.text(),
    organization_id: model.text().nullable(),
    /** "<record_type>.<past-tense verb>", e.g. "announcement.published". */
    action: model.text(),
    record_type: model.text(),
    record_id: model.text(),
    /** SHA-256 hex of the canonical JSON of the record before the action; null on creation. */
    before_digest: model.text().nullable(),
    /** SHA-256 hex of the canonical JSON of the record after the action; null on removal. */
    after_digest: model.text().nullable(),
    ip: model.text().nullable(),
    occurred_at: model.dateTime(),
    metadata: model.json().nullable(),
  })
  .indexes([
    { on: ["record_type", "record_id", "occurred_at"] },
    { on: ["actor_type", "actor_id", "occurred_at"] },
    { on: ["organization_id", "occurred_at"] },
    { on: ["action"] },
  ])

export default AuditLog
