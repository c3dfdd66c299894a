/**
 * Writes one audit row on the caller's own connection and transaction, so that the change and
 * its audit entry commit or roll back together. Call it from a module service method decorated
 * with `@InjectTransactionManager()`, passing `sharedContext.transactionManager`:
 *
 *   @InjectTransactionManager()
 *   async publishAnnouncement(id, actor, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
 *     ...update the record...
 *     await appendAuditEntry(sharedContext.transactionManager!, { ...actor, action: "announcement.published", ... })
 *   }
 *
 * It works from any module because it needs no service of this module: it runs raw SQL
 * (`EntityManager.execute`, which MikroORM binds to the manager's open transaction) against the
 * `audit_log` table that all modules share in the application database.
 */
import { generateEntityId, MedusaError } from "@medusajs/framework/utils"
import { digestOf } from "../../domain/canonical-json"
import { procurementClock } from "../procurement_clock/shared-clock"

/** Who acted, as taken from the request (`auth_context`) or named by a job ("system"). */
export type AuditActor = {
  actor_id: string
  actor_type: string
  organization_id?: string | null
  ip?: string | null
}

export type AuditEntryInput = AuditActor & {
  /** "<record_type>.<past-tense verb>", e.g. "announcement.published". */
  action: string
  record_type: string
  record_id: string
  /** State before the action (digested with canonical JSON + SHA-256). Omit on creation. */
  before?: unknown
  /** State after the action (digested likewise). Omit on removal. */
  after?: unknown
  /** Precomputed digests, instead of `before` / `after`. */
  before_digest?: string | null
  after_digest?: string | null
  /** Defaults to the business clock (`procurement_clock`). */
  occurred_at?: Date
  metadata?: Record<string, unknown> | null
}

export type AuditEntry = {
  id: string
  actor_id: string
  actor_type: string
  organization_id: string | null
  action: string
  record_type: string
  record_id: string
  before_digest: string | null
  after_digest: string | null
  ip: string | null
  occurred_at: Date
  metadata: Record<string, unknown> | null
}

/** The part of a MikroORM (Sql)EntityManager this helper uses. */
export type TransactionalSqlManager = {
  execute(sql: string, params?: unknown[]): Promise<unknown>
  isInTransaction?(): boolean
}

const DIGEST_PATTERN = /^[0-9a-f]{64}$/

function requireText(entry: Record<string, unknown>, field: string): string {
  const value = entry[field]
  if (typeof value !== "string" || value.trim() === "") {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `audit entry: ${field} must be a non-empty string, got ${JSON.stringify(value)}`
    )
  }
  return value
}

function resolveDigest(
  state: unknown,
  stateGiven: boolean,
  digest: string | null | undefined,
  field: string
): string | null {
  if (stateGiven) {
    return digestOf(state)
  }
  if (digest === undefined || digest === null) {
    return null
  }
  if (!DIGEST_PATTERN.test(digest)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `audit entry: ${field} must be 64 lower-case hex characters (SHA-256), got ${JSON.stringify(digest)}`
    )
  }
  return digest
}

/** Validates an entry and computes its digests, without writing anything. */
export function prepareAuditEntry(input: AuditEntryInput): AuditEntry {
  const entry = input as unknown as Record<string, unknown>
  const occurredAt = input.occurred_at ?? procurementClock.now()
  if (!(occurredAt instanceof Date) || !Number.isFinite(occurredAt.getTime())) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `audit entry: occurred_at must be a valid Date`)
  }
  return {
    id: generateEntityId(undefined, "aud"),
    actor_id: requireText(entry, "actor_id"),
    actor_type: requireText(entry, "actor_type"),
    organization_id: input.organization_id ?? null,
    action: requireText(entry, "action"),
    record_type: requireText(entry, "record_type"),
    record_id: requireText(entry, "record_id"),
    before_digest: resolveDigest(input.before, input.before !== undefined, input.before_digest, "before_digest"),
    after_digest: resolveDigest(input.after, input.after !== undefined, input.after_digest, "after_digest"),
    ip: input.ip ?? null,
    occurred_at: occurredAt,
    metadata: input.metadata ?? null,
  }
}

/**
 * Inserts the entry with the given transaction manager and returns it. Refuses a manager that
 * is not inside a transaction: the entry would then commit on its own, independently of the
 * change it records.
 */
export async function appendAuditEntry(
  manager: TransactionalSqlManager,
  input: AuditEntryInput
): Promise<AuditEntry> {
  assertTransactionalManager(manager)
  const entry = prepareAuditEntry(input)
  await manager.execute(
    `INSERT INTO "audit_log"
       ("id", "actor_id", "actor_type", "organization_id", "action", "record_type", "record_id",
        "before_digest", "after_digest", "ip", "occurred_at", "metadata")
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)`,
    [
      entry.id,
      entry.actor_id,
      entry.actor_type,
      entry.organization_id,
      entry.action,
      entry.record_type,
      entry.record_id,
      entry.before_digest,
      entry.after_digest,
      entry.ip,
      entry.occurred_at,
      entry.metadata === null ? null : JSON.stringify(entry.metadata),
    ]
  )
  return entry
}

/**
 * Like `appendAuditEntry` for many entries: the same validation and digests, written with ONE
 * INSERT (bulk imports such as the demo seed write thousands). Every entry is prepared before
 * anything is written, so one invalid entry writes none.
 */
export async function appendAuditEntries(
  manager: TransactionalSqlManager,
  inputs: readonly AuditEntryInput[]
): Promise<AuditEntry[]> {
  assertTransactionalManager(manager)
  const entries = inputs.map(prepareAuditEntry)
  if (!entries.length) {
    return entries
  }
  // One jsonb parameter: MikroORM's execute would expand JS arrays into value lists.
  await manager.execute(
    `INSERT INTO "audit_log"
       ("id", "actor_id", "actor_type", "organization_id", "action", "record_type", "record_id",
        "before_digest", "after_digest", "ip", "occurred_at", "metadata")
     SELECT e->>'id', e->>'actor_id', e->>'actor_type', e->>'organization_id', e->>'action',
            e->>'record_type', e->>'record_id', e->>'before_digest', e->>'after_digest', e->>'ip',
            (e->>'occurred_at')::timestamptz, NULLIF(e->'metadata', 'null'::jsonb)
     FROM jsonb_array_elements(?::jsonb) AS e`,
    [JSON.stringify(entries)]
  )
  return entries
}

function assertTransactionalManager(manager: TransactionalSqlManager): void {
  if (!manager || typeof manager.execute !== "function") {
    throw new MedusaError(
      MedusaError.Types.INVALID_ARGUMENT,
      "appendAuditEntry needs the caller's transaction manager (sharedContext.transactionManager)"
    )
  }
  if (typeof manager.isInTransaction === "function" && !manager.isInTransaction()) {
    throw new MedusaError(
      MedusaError.Types.INVALID_ARGUMENT,
      "appendAuditEntry must run inside the caller's transaction: call it from a method decorated with @InjectTransactionManager() and pass sharedContext.transactionManager"
    )
  }
}
