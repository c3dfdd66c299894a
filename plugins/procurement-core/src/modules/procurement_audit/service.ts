import { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import {
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import AuditLog from "./models/audit-log"
import { appendAuditEntry, AuditEntry, AuditEntryInput } from "./append-audit-entry"

export type AuditPage = { skip?: number; take?: number }

const DEFAULT_TAKE = 50
const MAX_TAKE = 500

function page({ skip = 0, take = DEFAULT_TAKE }: AuditPage = {}) {
  return { skip: Math.max(0, skip), take: Math.min(Math.max(1, take), MAX_TAKE) }
}

/**
 * Reads the audit log, and appends to it for actions that change nothing in another module
 * (other modules append inside their own transactions with `appendAuditEntry`). Rows are never
 * updated or deleted: the generated update/delete methods are disabled here, and the database
 * trigger refuses them anyway.
 */
export default class ProcurementAuditService extends MedusaService({ AuditLog }) {
  /** Appends one entry in its own transaction (or the caller's, when one is passed in). */
  @InjectTransactionManager()
  async recordAuditEntry(
    entry: AuditEntryInput,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<AuditEntry> {
    return await appendAuditEntry(sharedContext.transactionManager as EntityManager, entry)
  }

  /** Entries about one record, newest first, with the total count. */
  async listForRecord(
    recordType: string,
    recordId: string,
    pagination: AuditPage = {},
    sharedContext: Context = {}
  ) {
    return await this.listAndCountAuditLogs(
      { record_type: recordType, record_id: recordId },
      { ...page(pagination), order: { occurred_at: "DESC", id: "DESC" } },
      sharedContext
    )
  }

  /** Entries by one actor, newest first, with the total count. */
  async listForActor(
    actorType: string,
    actorId: string,
    pagination: AuditPage = {},
    sharedContext: Context = {}
  ) {
    return await this.listAndCountAuditLogs(
      { actor_type: actorType, actor_id: actorId },
      { ...page(pagination), order: { occurred_at: "DESC", id: "DESC" } },
      sharedContext
    )
  }

  // The audit log is append-only: these generated methods are switched off.
  // @ts-expect-error narrowing the generated signature on purpose: always throws
  async updateAuditLogs(): Promise<never> {
    throw appendOnly("update")
  }
  // @ts-expect-error see above
  async deleteAuditLogs(): Promise<never> {
    throw appendOnly("delete")
  }
  // @ts-expect-error see above
  async softDeleteAuditLogs(): Promise<never> {
    throw appendOnly("soft-delete")
  }
  // @ts-expect-error see above
  async restoreAuditLogs(): Promise<never> {
    throw appendOnly("restore")
  }
}

function appendOnly(operation: string): MedusaError {
  return new MedusaError(
    MedusaError.Types.NOT_ALLOWED,
    `audit_log is append-only: ${operation} is not allowed (records are kept 15 years, GPL 42)`
  )
}
