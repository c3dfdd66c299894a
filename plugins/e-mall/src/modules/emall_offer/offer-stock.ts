import { MedusaError } from "@medusajs/framework/utils"
import type { TransactionalSqlManager } from "@govmall/procurement-core/modules/procurement_audit"

/** Units bought per offer in one e-mall order: `{ offer_…: 2 }`. */
export type OfferQuantities = Record<string, number>

/**
 * Takes `quantities` out of the offers' stock inside the caller's transaction. Each offer is
 * one conditional UPDATE (`stock >= qty`): PostgreSQL re-checks the condition on the row
 * version it locks, so two purchases of the last unit cannot both pass — the second one
 * finds 0 and is refused (INVALID_DATA naming `quantity`), rolling back the whole transaction.
 * Offers are taken in id order so that two multi-offer orders cannot deadlock.
 */
export async function takeOfferStock(manager: TransactionalSqlManager, quantities: OfferQuantities): Promise<void> {
  for (const [offerId, quantity] of sortedEntries(quantities)) {
    const taken = (await manager.execute(
      `UPDATE "offer" SET "stock" = "stock" - ?, "updated_at" = now()
        WHERE "id" = ? AND "deleted_at" IS NULL AND "stock" >= ? RETURNING "id"`,
      [quantity, offerId, quantity]
    )) as { id: string }[]
    if (!taken.length) {
      const [row] = (await manager.execute(`SELECT "stock" FROM "offer" WHERE "id" = ? AND "deleted_at" IS NULL`, [offerId])) as {
        stock: number
      }[]
      if (!row) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `offer ${offerId} was not found`)
      }
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `quantity: ${quantity} exceeds the stock of offer ${offerId} (${row.stock} left)`
      )
    }
  }
}

/** Puts `quantities` back (a declined or cancelled order, or a rolled-back placement). */
export async function returnOfferStock(manager: TransactionalSqlManager, quantities: OfferQuantities | null | undefined): Promise<void> {
  for (const [offerId, quantity] of sortedEntries(quantities ?? {})) {
    await manager.execute(`UPDATE "offer" SET "stock" = "stock" + ?, "updated_at" = now() WHERE "id" = ?`, [quantity, offerId])
  }
}

/**
 * Takes back stock that a decline or cancellation returned, when that transition is undone
 * (workflow compensation). Unconditional but floored at 0: a compensation must not fail, and
 * the units may have been sold again in between.
 */
export async function retakeOfferStock(manager: TransactionalSqlManager, quantities: OfferQuantities | null | undefined): Promise<void> {
  for (const [offerId, quantity] of sortedEntries(quantities ?? {})) {
    await manager.execute(`UPDATE "offer" SET "stock" = GREATEST("stock" - ?, 0), "updated_at" = now() WHERE "id" = ?`, [
      quantity,
      offerId,
    ])
  }
}

function sortedEntries(quantities: OfferQuantities): [string, number][] {
  return Object.entries(quantities)
    .filter(([, quantity]) => Number.isSafeInteger(quantity) && quantity > 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
}
