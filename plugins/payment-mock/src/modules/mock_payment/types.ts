import type { GovPayChannel } from "../../domain/channels"
import type { AuthorizationStep } from "../../domain/decide-authorization"
import type { LedgerOperation } from "../../domain/ledger"
import type { PaymentState } from "../../domain/payment-state"
import type { MockPaymentPurpose } from "./models/mock-payment-transaction"

export type { MockPaymentPurpose }

export interface AuthorizeMockPaymentInput {
  channel: GovPayChannel
  purpose: MockPaymentPurpose
  /** What is paid for, e.g. "bid" / "contract" (no foreign key: modules stay independent). */
  reference_type: string
  reference_id: string
  /** Who pays (supplier or purchaser unit id). */
  payer: string
  /** Integer fen (CNY), > 0. */
  amount_fen: number
  /**
   * Required. The same key never creates a second transaction: a repeated call returns the
   * existing one, or completes it when it waits for `confirmation_code`.
   */
  idempotency_key: string
  /** official_card: 16–19 digits, only the last 4 are stored. */
  card_number?: string
  /** treasury: 预算指标编码. */
  budget_indicator_code?: string
  /** Second step (bank confirmation / finance approval). */
  confirmation_code?: string
  metadata?: Record<string, unknown> | null
}

export interface MockPaymentOperationOptions {
  /** The same key on the same transaction is applied once; later calls return the same record. */
  idempotency_key?: string
}

export interface MockPaymentTransactionDTO {
  id: string
  channel: GovPayChannel
  purpose: MockPaymentPurpose
  reference_type: string
  reference_id: string
  payer: string
  amount_fen: number
  authorized_fen: number
  captured_fen: number
  refunded_fen: number
  status: PaymentState
  idempotency_key: string
  next_step: AuthorizationStep | null
  decline_code: string | null
  decline_reason: string | null
  card_last4: string | null
  budget_indicator_code: string | null
  operations: LedgerOperation[]
  metadata: Record<string, unknown> | null
  authorized_at: Date | null
  declined_at: Date | null
  captured_at: Date | null
  refunded_at: Date | null
  canceled_at: Date | null
  created_at: Date
  updated_at: Date
}
