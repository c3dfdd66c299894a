import { model } from "@medusajs/framework/utils"

/**
 * A supplier's deposit (投标保证金) for one lot, paid through the mock payment module before the
 * response is submitted. `paying_account` (the account the money came from) feeds the "same
 * deposit account" collusion clue. Refund due date: domain/deposit-refund.ts.
 */
const ResponseDeposit = model
  .define("response_deposit", {
    id: model.id({ prefix: "respdep" }).primaryKey(),
    solicitation_id: model.text(),
    lot_id: model.text(),
    supplier_org_id: model.text(),
    amount_fen: model.number(),
    payment_id: model.text(),
    paying_account: model.text(),
    paid_at: model.dateTime(),
    paid_by: model.text(),
    status: model.enum(["paid", "refunded"]).default("paid"),
    refund_due_at: model.dateTime().nullable(),
    refunded_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["solicitation_id", "lot_id", "supplier_org_id"], unique: true, where: "deleted_at IS NULL" }])

export default ResponseDeposit
