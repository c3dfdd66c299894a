import { model } from "@medusajs/framework/utils"
import { GOVPAY_CHANNELS } from "../../../domain/channels"
import { PAYMENT_STATES } from "../../../domain/payment-state"

export const MOCK_PAYMENT_PURPOSES = ["deposit", "prepayment", "balance", "other"] as const
export type MockPaymentPurpose = (typeof MOCK_PAYMENT_PURPOSES)[number]

/**
 * One government payment outside a cart: a bid deposit (paid, later refunded), a contract
 * prepayment or balance. The row holds the running totals of the domain ledger; `operations`
 * keeps each applied operation with its idempotency key so capture/refund replays are detected.
 *
 * Amounts are integer fen stored with `model.bigNumber()` (numeric + raw_* jsonb) on purpose:
 * `model.number()` maps to a 32-bit `integer` column, which tops out at 2,147,483,647 fen
 * (≈ 21.5 million yuan) — below a large framework contract. `numeric` is exact; the service
 * reads values back as safe integers (< 2^53 fen) and refuses anything else.
 */
const MockPaymentTransaction = model
  .define("mock_payment_transaction", {
    id: model.id({ prefix: "mpay" }).primaryKey(),
    channel: model.enum([...GOVPAY_CHANNELS]),
    purpose: model.enum([...MOCK_PAYMENT_PURPOSES]),
    /** What the payment is for, e.g. reference_type "bid", reference_id "bid_01..." (no FK). */
    reference_type: model.text(),
    reference_id: model.text(),
    /** Who pays: a supplier or purchaser unit id (USCC or our record id). */
    payer: model.text(),
    amount_fen: model.bigNumber(),
    authorized_fen: model.bigNumber().default(0),
    captured_fen: model.bigNumber().default(0),
    refunded_fen: model.bigNumber().default(0),
    status: model.enum([...PAYMENT_STATES]).default("pending"),
    /** Caller-chosen key of the authorization; the same key never creates a second row. */
    idempotency_key: model.text().unique(),
    /** Second step awaited while status is requires_more. */
    next_step: model.enum(["bank_confirmation", "finance_approval"]).nullable(),
    decline_code: model.text().nullable(),
    /** Chinese / English reason of a decline. */
    decline_reason: model.text().nullable(),
    card_last4: model.text().nullable(),
    budget_indicator_code: model.text().nullable(),
    /** LedgerOperation[]: kind, key, amount_fen, status_after, at. */
    operations: model.json(),
    metadata: model.json().nullable(),
    authorized_at: model.dateTime().nullable(),
    declined_at: model.dateTime().nullable(),
    /** Time of the latest capture. */
    captured_at: model.dateTime().nullable(),
    /** Time of the latest refund. */
    refunded_at: model.dateTime().nullable(),
    canceled_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["reference_type", "reference_id"] }, { on: ["payer"] }, { on: ["status"] }])
  .checks([
    {
      name: "mock_payment_transaction_captured_le_authorized",
      expression: (columns) => `${columns.captured_fen} <= ${columns.authorized_fen}`,
    },
    {
      name: "mock_payment_transaction_refunded_le_captured",
      expression: (columns) => `${columns.refunded_fen} <= ${columns.captured_fen}`,
    },
  ])

export default MockPaymentTransaction
