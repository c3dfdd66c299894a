import { GOVPAY_TEST_FIXTURES, GovPayChannel, isGovPayChannel } from "./channels"
import { PaymentRuleError } from "./errors"
import { assertPaymentFen } from "./payment-amount"

/** The second step a payment waits for when the decision is `requires_more`. */
export type AuthorizationStep = "bank_confirmation" | "finance_approval"

export type DeclineCode =
  | "card_limit_insufficient"
  | "budget_indicator_insufficient"
  | "confirmation_code_invalid"

export interface AuthorizationRequest {
  channel: GovPayChannel
  amount_fen: number
  /** Official card number; spaces and dashes are ignored. Required for `official_card`. */
  card_number?: unknown
  /** Budget indicator code 预算指标编码. Required for `treasury`. */
  budget_indicator_code?: unknown
  /** Completes a second step; ignored when none is needed. */
  confirmation_code?: unknown
}

export type AuthorizationDecision =
  | { outcome: "authorized"; card_last4?: string; confirmed_step?: AuthorizationStep }
  | {
      outcome: "requires_more"
      next_step: AuthorizationStep
      card_last4?: string
      message_zh: string
      message_en: string
    }
  | {
      outcome: "declined"
      reason_code: DeclineCode
      card_last4?: string
      message_zh: string
      message_en: string
    }

const CARD_NUMBER = /^\d{16,19}$/
const MAX_BUDGET_INDICATOR_LENGTH = 64

export function normalizeCardNumber(value: unknown): string {
  const digits = typeof value === "string" ? value.replace(/[\s-]/g, "") : ""
  if (!CARD_NUMBER.test(digits)) {
    throw new PaymentRuleError({
      kind: "invalid_data",
      code: "card_number_invalid",
      field: "card_number",
      zh: "公务卡卡号缺失或格式不正确：card_number 应为 16–19 位数字",
      en: "Official card number missing or malformed: card_number must be 16-19 digits",
    })
  }
  return digits
}

export function normalizeBudgetIndicatorCode(value: unknown): string {
  const code = typeof value === "string" ? value.trim() : ""
  if (!code || code.length > MAX_BUDGET_INDICATOR_LENGTH) {
    throw new PaymentRuleError({
      kind: "invalid_data",
      code: "budget_indicator_code_invalid",
      field: "budget_indicator_code",
      zh: `预算指标编码缺失或过长：budget_indicator_code 应为 1–${MAX_BUDGET_INDICATOR_LENGTH} 个字符`,
      en: `Budget indicator code missing or too long: budget_indicator_code must be 1-${MAX_BUDGET_INDICATOR_LENGTH} characters`,
    })
  }
  return code
}

const STEP_MESSAGES: Record<AuthorizationStep, { zh: string; en: string }> = {
  bank_confirmation: {
    zh: "公务卡支付需银行确认：请再次提交授权并携带确认码 confirmation_code",
    en: "Official card payment needs bank confirmation: authorize again with confirmation_code",
  },
  finance_approval: {
    zh: "国库集中支付需财政二次审批：请再次提交授权并携带审批确认码 confirmation_code",
    en: "Treasury payment needs a second finance approval: authorize again with confirmation_code",
  },
}

/**
 * Completes (or not) a second step. No code yet → still `requires_more`; the documented code →
 * `authorized`; any other code → `declined` (confirmation_code_invalid).
 */
export function decideConfirmation(
  step: AuthorizationStep,
  confirmationCode: unknown,
  card_last4?: string
): AuthorizationDecision {
  const code = typeof confirmationCode === "string" ? confirmationCode.trim() : ""
  if (!code) {
    return {
      outcome: "requires_more",
      next_step: step,
      card_last4,
      message_zh: STEP_MESSAGES[step].zh,
      message_en: STEP_MESSAGES[step].en,
    }
  }
  if (code !== GOVPAY_TEST_FIXTURES.confirmation_code) {
    return {
      outcome: "declined",
      reason_code: "confirmation_code_invalid",
      card_last4,
      message_zh: "确认码错误：confirmation_code 不正确，支付已拒绝",
      message_en: "Wrong confirmation code: confirmation_code does not match, payment declined",
    }
  }
  return { outcome: "authorized", card_last4, confirmed_step: step }
}

/**
 * Decides an authorization from plain data. Pure and deterministic: the same request always
 * gives the same decision (see GOVPAY_TEST_FIXTURES and the README table).
 * Throws `invalid_data` PaymentRuleError for a missing or malformed field.
 */
export function decideAuthorization(request: AuthorizationRequest): AuthorizationDecision {
  if (!isGovPayChannel(request.channel)) {
    throw new PaymentRuleError({
      kind: "invalid_data",
      code: "channel_invalid",
      field: "channel",
      zh: `支付渠道不正确：channel 应为 treasury 或 official_card，收到 ${String(request.channel)}`,
      en: `Invalid payment channel: channel must be treasury or official_card, got ${String(request.channel)}`,
    })
  }
  const amountFen = assertPaymentFen(request.amount_fen, "amount_fen")

  if (request.channel === "official_card") {
    const card = normalizeCardNumber(request.card_number)
    const card_last4 = card.slice(-4)
    const fixtures = GOVPAY_TEST_FIXTURES.official_card
    if (card === fixtures.declined_insufficient_limit) {
      return {
        outcome: "declined",
        reason_code: "card_limit_insufficient",
        card_last4,
        message_zh: `公务卡额度不足（卡号尾号 ${card_last4}）`,
        message_en: `Official card limit insufficient (card ending ${card_last4})`,
      }
    }
    if (card === fixtures.requires_bank_confirmation) {
      return decideConfirmation("bank_confirmation", request.confirmation_code, card_last4)
    }
    return { outcome: "authorized", card_last4 }
  }

  const indicator = normalizeBudgetIndicatorCode(request.budget_indicator_code)
  const fixtures = GOVPAY_TEST_FIXTURES.treasury
  if (
    amountFen === fixtures.declined_amount_fen ||
    indicator === fixtures.declined_budget_indicator
  ) {
    return {
      outcome: "declined",
      reason_code: "budget_indicator_insufficient",
      message_zh: `预算指标余额不足（预算指标编码 ${indicator}）`,
      message_en: `Budget indicator balance insufficient (budget_indicator_code ${indicator})`,
    }
  }
  if (
    amountFen === fixtures.requires_approval_amount_fen ||
    indicator === fixtures.requires_approval_budget_indicator
  ) {
    return decideConfirmation("finance_approval", request.confirmation_code)
  }
  return { outcome: "authorized" }
}

export function isAuthorizationStep(value: unknown): value is AuthorizationStep {
  return value === "bank_confirmation" || value === "finance_approval"
}
