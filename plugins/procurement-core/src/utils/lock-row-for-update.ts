import { MedusaError } from "@medusajs/framework/utils"
import type { TransactionalSqlManager } from "../modules/procurement_audit/append-audit-entry"

export type LockRowOptions = {
  /** Table to lock in; a constant of the calling module, never user input. */
  table: string
  /** The value to look up (an id, a serial …). */
  key: string
  /** Column the key is matched against; default "id". */
  column?: string
  /** Columns to return; default ["id"]. */
  columns?: string[]
  /** How the record is named in the NOT_FOUND message, e.g. "offer". */
  label: string
}

/**
 * Locks one live row (`SELECT … FOR UPDATE`) inside the caller's transaction, so that two
 * concurrent transitions of the same record run one after the other, and throws NOT_FOUND when
 * there is none. Every lifecycle service calls this first, then reads, checks and writes.
 */
export async function lockRowForUpdate<Row extends Record<string, unknown> = { id: string }>(
  manager: TransactionalSqlManager,
  { table, key, column = "id", columns = ["id"], label }: LockRowOptions
): Promise<Row> {
  const select = columns.map((name) => `"${name}"`).join(", ")
  const rows = (await manager.execute(
    `SELECT ${select} FROM "${table}" WHERE "${column}" = ? AND "deleted_at" IS NULL FOR UPDATE`,
    [key]
  )) as Row[]
  if (!rows.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `${label} ${key} was not found`)
  }
  return rows[0]
}
