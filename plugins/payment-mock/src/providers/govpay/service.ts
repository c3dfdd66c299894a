import { randomUUID } from "crypto"
import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  BigNumberInput,
  CancelPaymentInput,
  CancelPaymentOutput,
  CapturePaymentInput,
  CapturePaymentOutput,
  CreateAccountHolderInput,
  CreateAccountHolderOutput,
  DeleteAccountHolderInput,
  DeleteAccountHolderOutput,
  DeletePaymentInput,
  DeletePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  ProviderWebhookPayload,
  RefundPaymentInput,
  RefundPaymentOutput,
  RetrieveAccountHolderInput,
  RetrieveAccountHolderOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionResult,
} from "@medusajs/framework/types"
import { AbstractPaymentProvider, MedusaError, PaymentActions } from "@medusajs/framework/utils"
import { procurementClock } from "@govmall/procurement-core/modules/procurement_clock"
import { applyCancel } from "../../domain/cancel"
import { applyCapture } from "../../domain/capture"
import { CHANNEL_LABELS_ZH, GovPayChannel, isGovPayChannel } from "../../domain/channels"
import { decideAuthorization } from "../../domain/decide-authorization"
import { recordAuthorization } from "../../domain/ledger"
import { applyRefund } from "../../domain/refund"
import { ErrorSubject, withMedusaErrors } from "../../utils/to-medusa-error"
import { amountToFen } from "./amount"
import { GovPayState, openState, readState, toSessionStatus, withState } from "./state"

export interface GovPayOptions {
  channel: GovPayChannel
}

/** Medusa does not pass an amount to `capturePayment`; a direct caller may (partial capture). */
export type GovPayCaptureInput = CapturePaymentInput & { amount?: BigNumberInput }

const SUPPORTED_CURRENCY = "cny"

/** States in which a capture call without an amount has nothing left to do. */
const SETTLED = new Set(["captured", "partially_refunded", "refunded"])

/**
 * Mock of the two government payment channels, one provider instance per channel:
 * `pp_govpay_treasury` (国库集中支付) and `pp_govpay_official_card` (公务卡). Deterministic, no
 * network: the rules live in `src/domain`, the state in the payment `data.govpay`.
 */
export class GovPayProviderService extends AbstractPaymentProvider<GovPayOptions> {
  static identifier = "govpay"

  protected readonly channel_: GovPayChannel

  static validateOptions(options: Record<any, any>): void {
    const channel = options?.channel
    if (!isGovPayChannel(channel)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `govpay 支付渠道配置错误：options.channel 必须为 "treasury"（国库集中支付）或 "official_card"（公务卡），收到 ${JSON.stringify(channel)} / govpay provider misconfigured: options.channel must be "treasury" or "official_card", got ${JSON.stringify(channel)}`
      )
    }
  }

  constructor(cradle: Record<string, unknown>, options: GovPayOptions) {
    super(cradle, options)
    GovPayProviderService.validateOptions(options)
    this.channel_ = options.channel
  }

  /** Business time from procurement-core's clock (tests move it), never the wall clock. */
  protected now(): string {
    return procurementClock.now().toISOString()
  }

  protected subject(state: GovPayState): ErrorSubject {
    return { label_zh: "支付", label_en: "payment", id: state.reference, status: state.status }
  }

  protected readState(data: Record<string, unknown> | undefined): GovPayState {
    return withMedusaErrors(() => readState(data, this.channel_))
  }

  protected openState(
    amount: BigNumberInput,
    currencyCode: string,
    reference: string
  ): GovPayState {
    const currency = (currencyCode ?? "").toLowerCase()
    if (currency !== SUPPORTED_CURRENCY) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${CHANNEL_LABELS_ZH[this.channel_]}仅支持人民币：currency_code 应为 cny，收到 ${JSON.stringify(currencyCode)} / govpay ${this.channel_} only supports CNY: currency_code must be cny, got ${JSON.stringify(currencyCode)}`
      )
    }
    return withMedusaErrors(() =>
      openState({
        reference,
        channel: this.channel_,
        currency_code: currency,
        amount_fen: amountToFen(amount, "amount"),
      })
    )
  }

  async initiatePayment(input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    const sessionId = typeof input.data?.session_id === "string" ? input.data.session_id : null
    const reference = `govpay_${this.channel_}_${sessionId ?? randomUUID()}`
    const state = this.openState(input.amount, input.currency_code, reference)
    return {
      id: reference,
      data: withState(input.data, state, { keepSecrets: true }),
      status: toSessionStatus(state.status),
    }
  }

  /**
   * Medusa passes only the new data here. A declined or second-step authorization threw and
   * Medusa kept nothing of it, so an update always starts a fresh pending authorization (the
   * second step is completed by sending the data again with `confirmation_code`).
   */
  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    const sessionId = typeof input.data?.session_id === "string" ? input.data.session_id : null
    const state = this.openState(
      input.amount,
      input.currency_code,
      `govpay_${this.channel_}_${sessionId ?? randomUUID()}`
    )
    return {
      data: withState(input.data, state, { keepSecrets: true }),
      status: toSessionStatus(state.status),
    }
  }

  async deletePayment(input: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return { data: input.data ?? {} }
  }

  async authorizePayment(input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    const data = input.data ?? {}
    const state = this.readState(data)
    if (state.status !== "pending") {
      // Already decided: authorizing again is a replay (Medusa retries cart completion).
      return { status: toSessionStatus(state.status), data }
    }
    const decision = withMedusaErrors(() =>
      decideAuthorization({
        channel: this.channel_,
        amount_fen: state.amount_fen,
        card_number: data.card_number,
        budget_indicator_code: data.budget_indicator_code,
        confirmation_code: data.confirmation_code,
      })
    )
    const { ledger } = withMedusaErrors(
      () =>
        recordAuthorization(state, decision, {
          idempotency_key: input.context?.idempotency_key,
          at: this.now(),
        }),
      this.subject(state)
    )
    const next: GovPayState = {
      ...state,
      ...ledger,
      card_last4: decision.card_last4 ?? state.card_last4,
    }
    // Medusa answers a session left in `error`/`requires_more` with a generic "was not
    // authorized"; throwing these two error types instead makes the store's cart-complete
    // route return the cart intact with our reason, which is what a purchaser needs to read.
    if (decision.outcome === "declined") {
      throw new MedusaError(
        MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR,
        `支付未获授权：${decision.message_zh} / Payment declined: ${decision.message_en} (${decision.reason_code})`
      )
    }
    if (decision.outcome === "requires_more") {
      throw new MedusaError(
        MedusaError.Types.PAYMENT_REQUIRES_MORE_ERROR,
        `${decision.message_zh} / ${decision.message_en} (next step: ${decision.next_step}; resubmit the payment session with confirmation_code)`
      )
    }
    return { status: toSessionStatus(next.status), data: withState(data, next) }
  }

  /**
   * Medusa 2.21 calls this without an amount (CapturePaymentInput has none) and keeps its own
   * capture records: the first call settles the whole remaining authorization and later calls
   * for further Medusa partial captures are no-ops. A direct caller may pass `amount` (yuan) for
   * a real partial capture; capturing beyond the authorization is refused.
   */
  async capturePayment(input: GovPayCaptureInput): Promise<CapturePaymentOutput> {
    const data = input.data ?? {}
    const state = this.readState(data)
    const amountFen =
      input.amount === undefined || input.amount === null
        ? undefined
        : withMedusaErrors(() => amountToFen(input.amount, "amount"))
    if (amountFen === undefined && SETTLED.has(state.status)) {
      return { data }
    }
    const { ledger } = withMedusaErrors(
      () =>
        applyCapture(state, {
          amount_fen: amountFen,
          idempotency_key: input.context?.idempotency_key,
          at: this.now(),
        }),
      this.subject(state)
    )
    return { data: withState(data, { ...state, ...ledger }) }
  }

  async refundPayment(input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    const data = input.data ?? {}
    const state = this.readState(data)
    const amountFen = withMedusaErrors(() => amountToFen(input.amount, "amount"))
    const { ledger } = withMedusaErrors(
      () =>
        applyRefund(state, {
          amount_fen: amountFen,
          idempotency_key: input.context?.idempotency_key,
          at: this.now(),
        }),
      this.subject(state)
    )
    return { data: withState(data, { ...state, ...ledger }) }
  }

  async cancelPayment(input: CancelPaymentInput): Promise<CancelPaymentOutput> {
    const data = input.data ?? {}
    const state = this.readState(data)
    const { ledger } = withMedusaErrors(
      () =>
        applyCancel(state, {
          idempotency_key: input.context?.idempotency_key,
          at: this.now(),
        }),
      this.subject(state)
    )
    return { data: withState(data, { ...state, ...ledger }) }
  }

  async retrievePayment(input: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    const data = input.data ?? {}
    this.readState(data)
    return { data }
  }

  async getPaymentStatus(input: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    const data = input.data ?? {}
    const state = this.readState(data)
    return { status: toSessionStatus(state.status), data }
  }

  /**
   * Account holders, as Medusa's system provider does them: the customer id is the holder id.
   * Without these Medusa logs "does not support creating account holders" on every payment
   * session of a logged-in customer.
   */
  async createAccountHolder(input: CreateAccountHolderInput): Promise<CreateAccountHolderOutput> {
    return { id: input.context.customer.id }
  }

  async retrieveAccountHolder(
    input: RetrieveAccountHolderInput
  ): Promise<RetrieveAccountHolderOutput> {
    return { id: input.id }
  }

  async deleteAccountHolder(_input: DeleteAccountHolderInput): Promise<DeleteAccountHolderOutput> {
    return { data: {} }
  }

  /** The simulated channels send no webhooks. */
  async getWebhookActionAndData(
    _payload: ProviderWebhookPayload["payload"]
  ): Promise<WebhookActionResult> {
    return { action: PaymentActions.NOT_SUPPORTED }
  }
}

export default GovPayProviderService
