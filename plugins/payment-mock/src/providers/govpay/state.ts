import type { PaymentSessionStatus } from "@medusajs/framework/types"
import { GovPayChannel, isGovPayChannel } from "../../domain/channels"
import { isAuthorizationStep } from "../../domain/decide-authorization"
import { PaymentRuleError } from "../../domain/errors"
import { openLedger, PaymentLedger } from "../../domain/ledger"
import { isPaymentState, PaymentState } from "../../domain/payment-state"

/**
 * What the provider keeps under `data.govpay` of the Medusa payment session / payment: the domain
 * ledger plus the channel-specific facts. Medusa stores whatever each provider method returns as
 * `data`, so this is the provider's whole memory: no database, no network.
 */
export interface GovPayState extends PaymentLedger {
  /** Simulated channel-side transaction reference. */
  reference: string
  channel: GovPayChannel
  currency_code: string
  card_last4: string | null
}

export const STATE_KEY = "govpay"

/** Fields sent by the storefront that must not stay in the (publicly readable) payment data. */
export const SECRET_FIELDS = ["card_number", "confirmation_code"] as const

export function openState(input: {
  reference: string
  channel: GovPayChannel
  currency_code: string
  amount_fen: number
}): GovPayState {
  return {
    ...openLedger(input.amount_fen),
    reference: input.reference,
    channel: input.channel,
    currency_code: input.currency_code,
    card_last4: null,
  }
}

function isFenValue(value: unknown): value is number {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0
}

/** Reads and checks `data.govpay`; throws PaymentRuleError when absent or not ours. */
export function readState(
  data: Record<string, unknown> | undefined,
  channel: GovPayChannel
): GovPayState {
  const raw = data?.[STATE_KEY] as Partial<GovPayState> | undefined
  const wellFormed =
    !!raw &&
    typeof raw === "object" &&
    isPaymentState(raw.status) &&
    isGovPayChannel(raw.channel) &&
    typeof raw.reference === "string" &&
    isFenValue(raw.amount_fen) &&
    isFenValue(raw.authorized_fen) &&
    isFenValue(raw.captured_fen) &&
    isFenValue(raw.refunded_fen) &&
    Array.isArray(raw.operations) &&
    (raw.next_step === null || isAuthorizationStep(raw.next_step))
  if (!wellFormed) {
    throw new PaymentRuleError({
      kind: "invalid_data",
      code: "govpay_state_missing",
      field: "data.govpay",
      zh: "支付数据缺少 govpay 状态（data.govpay）：该支付会话不是由 govpay 支付渠道创建的",
      en: "Payment data has no govpay state (data.govpay): the payment session was not initiated by a govpay provider",
    })
  }
  if (raw.channel !== channel) {
    throw new PaymentRuleError({
      kind: "invalid_data",
      code: "govpay_channel_mismatch",
      field: "data.govpay.channel",
      zh: `支付渠道不一致：该支付属于 ${raw.channel}，当前渠道为 ${channel}`,
      en: `Channel mismatch: the payment belongs to ${raw.channel}, this provider is ${channel}`,
    })
  }
  return raw as GovPayState
}

/**
 * The payment data to hand back to Medusa: caller fields plus our state. Once authorization ran,
 * the card number and confirmation code are dropped (`card_last4` stays in the state); before
 * that they must stay, authorization reads them.
 */
export function withState(
  data: Record<string, unknown> | undefined,
  state: GovPayState,
  { keepSecrets = false }: { keepSecrets?: boolean } = {}
): Record<string, unknown> {
  const rest: Record<string, unknown> = { ...(data ?? {}) }
  if (!keepSecrets) {
    for (const field of SECRET_FIELDS) {
      delete rest[field]
    }
  }
  return { ...rest, [STATE_KEY]: state }
}

const SESSION_STATUS: Record<PaymentState, PaymentSessionStatus> = {
  pending: "pending",
  requires_more: "requires_more",
  authorized: "authorized",
  partially_captured: "authorized",
  captured: "captured",
  partially_refunded: "captured",
  refunded: "captured",
  declined: "error",
  canceled: "canceled",
}

export function toSessionStatus(state: PaymentState): PaymentSessionStatus {
  return SESSION_STATUS[state]
}
