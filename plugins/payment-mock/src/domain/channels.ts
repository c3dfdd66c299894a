/**
 * The two government payment channels the mock simulates.
 * - `treasury`: 国库集中支付 (treasury direct payment), drawn on a budget indicator 预算指标.
 * - `official_card`: 公务卡 (official card), a bank card issued to a budget unit's staff.
 */
export const GOVPAY_CHANNELS = ["treasury", "official_card"] as const

export type GovPayChannel = (typeof GOVPAY_CHANNELS)[number]

export const CHANNEL_LABELS_ZH: Record<GovPayChannel, string> = {
  treasury: "国库集中支付",
  official_card: "公务卡",
}

export function isGovPayChannel(value: unknown): value is GovPayChannel {
  return typeof value === "string" && (GOVPAY_CHANNELS as readonly string[]).includes(value)
}

/**
 * Deterministic test behaviours (documented as a table in the plugin README). Anything not
 * listed here is authorized at once.
 */
export const GOVPAY_TEST_FIXTURES = {
  /** The code that completes every second step (bank confirmation, finance approval). */
  confirmation_code: "123456",
  official_card: {
    /** Always declined: 公务卡额度不足 (insufficient card limit). */
    declined_insufficient_limit: "6214830000000002",
    /** Needs bank confirmation 银行确认 first: requires_more, then confirmation_code. */
    requires_bank_confirmation: "6214830000000003",
    /** A card that simply authorizes (any other well-formed number does too). */
    authorizes: "6214830000000001",
  },
  treasury: {
    /** Exactly 9,999.99 yuan is declined: 预算指标余额不足 (budget indicator insufficient). */
    declined_amount_fen: 999_999,
    /** Exactly 8,888.88 yuan needs a second approval 财政二次审批: requires_more. */
    requires_approval_amount_fen: 888_888,
    /** This budget indicator code is declined whatever the amount. */
    declined_budget_indicator: "BI-INSUFFICIENT",
    /** This budget indicator code needs the second approval whatever the amount. */
    requires_approval_budget_indicator: "BI-APPROVAL",
    /** A budget indicator code that simply authorizes (any other non-blank code does too). */
    authorizes_budget_indicator: "2026-BI-0001",
  },
} as const
