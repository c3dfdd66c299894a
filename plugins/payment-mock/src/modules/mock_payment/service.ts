import type { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import { procurementClock } from "@govmall/procurement-core/modules/procurement_clock"
import { applyCancel } from "../../domain/cancel"
import { applyCapture } from "../../domain/capture"
import { isGovPayChannel } from "../../domain/channels"
import { decideAuthorization, decideConfirmation } from "../../domain/decide-authorization"
import { LedgerResult, openLedger, PaymentLedger, recordAuthorization } from "../../domain/ledger"
import { assertPaymentFen } from "../../domain/payment-amount"
import { PaymentState } from "../../domain/payment-state"
import { applyRefund } from "../../domain/refund"
import { ErrorSubject, withMedusaErrors } from "../../utils/to-medusa-error"
import MockPaymentTransaction, { MOCK_PAYMENT_PURPOSES } from "./models/mock-payment-transaction"
import type {
  AuthorizeMockPaymentInput,
  MockPaymentOperationOptions,
  MockPaymentTransactionDTO,
} from "./types"

const TABLE = "mock_payment_transaction"

/** Fields a repeated authorization with the same idempotency key must repeat unchanged. */
const SAME_REQUEST_FIELDS = [
  "channel",
  "purpose",
  "reference_type",
  "reference_id",
  "payer",
  "amount_fen",
] as const

type Row = Record<string, any>

function invalid(field: string, zh: string, en: string): MedusaError {
  return new MedusaError(MedusaError.Types.INVALID_DATA, `${zh}（${field}） / ${en} (${field})`)
}

function requireText(input: Record<string, unknown>, field: string, zhName: string): string {
  const value = input[field]
  if (typeof value !== "string" || !value.trim()) {
    throw invalid(field, `缺少${zhName}`, `${field} is required and must be a non-empty string`)
  }
  return value.trim()
}

/** Reads a bigNumber column back as a safe integer of fen. */
function fenColumn(row: Row, field: string): number {
  const value = typeof row[field] === "string" ? Number(row[field]) : row[field]
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `交易 ${row.id} 的金额字段 ${field} 不是以分为单位的整数：${String(row[field])} / Transaction ${row.id} has a non-integer fen value in ${field}: ${String(row[field])}`
    )
  }
  return value
}

function toDTO(row: Row): MockPaymentTransactionDTO {
  return {
    id: row.id,
    channel: row.channel,
    purpose: row.purpose,
    reference_type: row.reference_type,
    reference_id: row.reference_id,
    payer: row.payer,
    amount_fen: fenColumn(row, "amount_fen"),
    authorized_fen: fenColumn(row, "authorized_fen"),
    captured_fen: fenColumn(row, "captured_fen"),
    refunded_fen: fenColumn(row, "refunded_fen"),
    status: row.status,
    idempotency_key: row.idempotency_key,
    next_step: row.next_step ?? null,
    decline_code: row.decline_code ?? null,
    decline_reason: row.decline_reason ?? null,
    card_last4: row.card_last4 ?? null,
    budget_indicator_code: row.budget_indicator_code ?? null,
    operations: Array.isArray(row.operations) ? row.operations : [],
    metadata: row.metadata ?? null,
    authorized_at: row.authorized_at ?? null,
    declined_at: row.declined_at ?? null,
    captured_at: row.captured_at ?? null,
    refunded_at: row.refunded_at ?? null,
    canceled_at: row.canceled_at ?? null,
    created_at: row.created_at,
    updated_at: row.updated_at,
  }
}

function toLedger(dto: MockPaymentTransactionDTO): PaymentLedger {
  return {
    status: dto.status,
    amount_fen: dto.amount_fen,
    authorized_fen: dto.authorized_fen,
    captured_fen: dto.captured_fen,
    refunded_fen: dto.refunded_fen,
    next_step: dto.next_step,
    decline_code: dto.decline_code as PaymentLedger["decline_code"],
    decline_reason: dto.decline_reason,
    operations: dto.operations,
  }
}

function subject(dto: Pick<MockPaymentTransactionDTO, "id" | "status">): ErrorSubject {
  return { label_zh: "交易", label_en: "transaction", id: dto.id, status: dto.status }
}

/** The columns a ledger change writes, plus the milestone timestamp of the new state. */
function ledgerPatch(ledger: PaymentLedger, now: Date): Row {
  const milestones: Partial<Record<PaymentState, string>> = {
    authorized: "authorized_at",
    declined: "declined_at",
    partially_captured: "captured_at",
    captured: "captured_at",
    partially_refunded: "refunded_at",
    refunded: "refunded_at",
    canceled: "canceled_at",
  }
  const milestone = milestones[ledger.status]
  return {
    status: ledger.status,
    authorized_fen: ledger.authorized_fen,
    captured_fen: ledger.captured_fen,
    refunded_fen: ledger.refunded_fen,
    next_step: ledger.next_step,
    decline_code: ledger.decline_code,
    decline_reason: ledger.decline_reason,
    operations: ledger.operations,
    ...(milestone ? { [milestone]: now } : {}),
  }
}

/**
 * Payments outside carts (bid deposits, contract prepayment and balance) on the two simulated
 * government channels. Same rules as the `govpay` payment provider (src/domain); state in the
 * `mock_payment_transaction` table. Every write locks its row (or, for a new authorization, its
 * idempotency key) for the length of its transaction, so concurrent calls serialize.
 */
export default class MockPaymentModuleService extends MedusaService({ MockPaymentTransaction }) {
  /**
   * Authorizes a payment. Declines do not throw: they return a `declined` transaction with
   * `decline_code` and `decline_reason`. A `requires_more` transaction is completed by calling
   * again with the same `idempotency_key` and a `confirmation_code`.
   */
  @InjectManager()
  async authorizePayment(
    input: AuthorizeMockPaymentInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<MockPaymentTransactionDTO> {
    const id = await this.authorizePayment_(input, sharedContext)
    return await this.retrievePayment(id, sharedContext)
  }

  /** Captures `amount_fen` (default: all that is still uncaptured, i.e. the balance). */
  @InjectManager()
  async capturePayment(
    id: string,
    amount_fen?: number,
    options: MockPaymentOperationOptions = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<MockPaymentTransactionDTO> {
    await this.applyToLocked_(
      id,
      (ledger, at) =>
        applyCapture(ledger, { amount_fen, idempotency_key: options.idempotency_key, at }),
      sharedContext
    )
    return await this.retrievePayment(id, sharedContext)
  }

  /** Refunds `amount_fen` of what was captured (never more than captured minus refunded). */
  @InjectManager()
  async refundPayment(
    id: string,
    amount_fen: number,
    options: MockPaymentOperationOptions = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<MockPaymentTransactionDTO> {
    await this.applyToLocked_(
      id,
      (ledger, at) =>
        applyRefund(ledger, { amount_fen, idempotency_key: options.idempotency_key, at }),
      sharedContext
    )
    return await this.retrievePayment(id, sharedContext)
  }

  /** Cancels a pending, waiting or authorized payment; a cancelled one is returned unchanged. */
  @InjectManager()
  async cancelPayment(
    id: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<MockPaymentTransactionDTO> {
    await this.applyToLocked_(id, (ledger, at) => applyCancel(ledger, { at }), sharedContext)
    return await this.retrievePayment(id, sharedContext)
  }

  @InjectManager()
  async retrievePayment(
    id: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<MockPaymentTransactionDTO> {
    const row = await this.retrieveMockPaymentTransaction(id, {}, sharedContext)
    return toDTO(row as Row)
  }

  /** All payments of one reference (e.g. every deposit of a bid), oldest first. */
  @InjectManager()
  async listPaymentsByReference(
    reference_type: string,
    reference_id: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<MockPaymentTransactionDTO[]> {
    const rows = await this.listMockPaymentTransactions(
      { reference_type, reference_id },
      { order: { created_at: "ASC" } },
      sharedContext
    )
    return rows.map((row) => toDTO(row as Row))
  }

  @InjectTransactionManager()
  protected async authorizePayment_(
    input: AuthorizeMockPaymentInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string> {
    const request = this.validateAuthorizeInput_(input)
    const knex = this.transactionKnex_(sharedContext)
    // Serialize callers of the same key: the second one waits and then finds the first's row.
    await knex.raw("select pg_advisory_xact_lock(hashtext(?))", [
      `${TABLE}:${request.idempotency_key}`,
    ])
    const now = procurementClock.now()
    const at = now.toISOString()
    const [existingRow] = await this.listMockPaymentTransactions(
      { idempotency_key: request.idempotency_key },
      { take: 1 },
      sharedContext
    )

    if (existingRow) {
      const existing = toDTO(existingRow as Row)
      this.assertSameRequest_(existing, request)
      if (existing.status !== "requires_more" || !request.confirmation_code) {
        return existing.id
      }
      const ledger = toLedger(existing)
      const decision = decideConfirmation(
        existing.next_step ?? "bank_confirmation",
        request.confirmation_code,
        existing.card_last4 ?? undefined
      )
      const result = withMedusaErrors(
        () => recordAuthorization(ledger, decision, { idempotency_key: request.idempotency_key, at }),
        subject(existing)
      )
      if (!result.replayed) {
        await this.updateMockPaymentTransactions(
          { id: existing.id, ...ledgerPatch(result.ledger, now) },
          sharedContext
        )
      }
      return existing.id
    }

    const decision = withMedusaErrors(() =>
      decideAuthorization({
        channel: request.channel,
        amount_fen: request.amount_fen,
        card_number: request.card_number,
        budget_indicator_code: request.budget_indicator_code,
        confirmation_code: request.confirmation_code,
      })
    )
    const { ledger } = withMedusaErrors(() =>
      recordAuthorization(openLedger(request.amount_fen), decision, {
        idempotency_key: request.idempotency_key,
        at,
      })
    )
    const created = await this.createMockPaymentTransactions(
      {
        channel: request.channel,
        purpose: request.purpose,
        reference_type: request.reference_type,
        reference_id: request.reference_id,
        payer: request.payer,
        amount_fen: request.amount_fen,
        idempotency_key: request.idempotency_key,
        card_last4: decision.card_last4 ?? null,
        budget_indicator_code:
          request.channel === "treasury" ? request.budget_indicator_code?.trim() ?? null : null,
        metadata: request.metadata ?? null,
        ...ledgerPatch(ledger, now),
      } as any,
      sharedContext
    )
    return (created as unknown as Row).id
  }

  /** Locks the row, applies one domain operation and writes the result (unless replayed). */
  @InjectTransactionManager()
  protected async applyToLocked_(
    id: string,
    operation: (ledger: PaymentLedger, at: string) => LedgerResult,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    const knex = this.transactionKnex_(sharedContext)
    await knex.raw("SET LOCAL lock_timeout = '5s'")
    await knex(TABLE).where({ id }).forUpdate().select("id")
    const current = toDTO(
      (await this.retrieveMockPaymentTransaction(id, {}, sharedContext)) as Row
    )
    const now = procurementClock.now()
    const result = withMedusaErrors(
      () => operation(toLedger(current), now.toISOString()),
      subject(current)
    )
    if (result.replayed) {
      return
    }
    await this.updateMockPaymentTransactions(
      { id, ...ledgerPatch(result.ledger, now) } as any,
      sharedContext
    )
  }

  protected transactionKnex_(sharedContext: Context): any {
    const manager = sharedContext.transactionManager as
      | { getTransactionContext?: () => unknown }
      | undefined
    const knex = manager?.getTransactionContext?.()
    if (!knex) {
      // Without a transaction the row lock would be released at once; refuse rather than race.
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        "mock_payment: write must run inside a transaction to lock the payment row"
      )
    }
    return knex
  }

  protected validateAuthorizeInput_(input: AuthorizeMockPaymentInput): AuthorizeMockPaymentInput {
    if (!input || typeof input !== "object") {
      throw invalid("input", "缺少授权参数", "authorizePayment needs an input object")
    }
    if (!isGovPayChannel(input.channel)) {
      throw invalid(
        "channel",
        `支付渠道不正确，应为 treasury（国库集中支付）或 official_card（公务卡），收到 ${String(input.channel)}`,
        `channel must be treasury or official_card, got ${String(input.channel)}`
      )
    }
    if (!(MOCK_PAYMENT_PURPOSES as readonly string[]).includes(input.purpose as string)) {
      throw invalid(
        "purpose",
        `支付用途不正确，应为 ${MOCK_PAYMENT_PURPOSES.join(" / ")}，收到 ${String(input.purpose)}`,
        `purpose must be one of ${MOCK_PAYMENT_PURPOSES.join(", ")}, got ${String(input.purpose)}`
      )
    }
    const record = input as unknown as Record<string, unknown>
    const reference_type = requireText(record, "reference_type", "业务类型")
    const reference_id = requireText(record, "reference_id", "业务单号")
    const payer = requireText(record, "payer", "付款方")
    const idempotency_key = requireText(record, "idempotency_key", "幂等键")
    const amount_fen = withMedusaErrors(() => assertPaymentFen(input.amount_fen, "amount_fen"))
    return { ...input, reference_type, reference_id, payer, idempotency_key, amount_fen }
  }

  protected assertSameRequest_(
    existing: MockPaymentTransactionDTO,
    request: AuthorizeMockPaymentInput
  ): void {
    const different = SAME_REQUEST_FIELDS.filter((field) => existing[field] !== request[field])
    if (different.length) {
      throw invalid(
        "idempotency_key",
        `幂等键 ${request.idempotency_key} 已用于交易 ${existing.id}，但本次请求的 ${different.join("、")} 与原交易不同`,
        `idempotency_key ${request.idempotency_key} already belongs to transaction ${existing.id} with different ${different.join(", ")}`
      )
    }
  }
}
