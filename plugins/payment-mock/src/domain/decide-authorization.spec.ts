import { describe, expect, it } from "vitest"
import { GOVPAY_TEST_FIXTURES as F } from "./channels"
import {
  AuthorizationRequest,
  decideAuthorization,
  decideConfirmation,
} from "./decide-authorization"
import { PaymentRuleError } from "./errors"

const CODE = F.confirmation_code

describe("decideAuthorization", () => {
  it.each<[string, AuthorizationRequest, Record<string, unknown>]>([
    [
      "official card, ordinary number",
      { channel: "official_card", amount_fen: 10_000, card_number: F.official_card.authorizes },
      { outcome: "authorized", card_last4: "0001" },
    ],
    [
      "official card, spaces and dashes ignored",
      { channel: "official_card", amount_fen: 10_000, card_number: "6214 8300-0000 9999" },
      { outcome: "authorized", card_last4: "9999" },
    ],
    [
      "official card, insufficient limit",
      {
        channel: "official_card",
        amount_fen: 1,
        card_number: F.official_card.declined_insufficient_limit,
      },
      { outcome: "declined", reason_code: "card_limit_insufficient", card_last4: "0002" },
    ],
    [
      "official card, insufficient limit even with a confirmation code",
      {
        channel: "official_card",
        amount_fen: 1,
        card_number: F.official_card.declined_insufficient_limit,
        confirmation_code: CODE,
      },
      { outcome: "declined", reason_code: "card_limit_insufficient" },
    ],
    [
      "official card, bank confirmation pending",
      {
        channel: "official_card",
        amount_fen: 10_000,
        card_number: F.official_card.requires_bank_confirmation,
      },
      { outcome: "requires_more", next_step: "bank_confirmation", card_last4: "0003" },
    ],
    [
      "official card, bank confirmation with the right code",
      {
        channel: "official_card",
        amount_fen: 10_000,
        card_number: F.official_card.requires_bank_confirmation,
        confirmation_code: CODE,
      },
      { outcome: "authorized", confirmed_step: "bank_confirmation", card_last4: "0003" },
    ],
    [
      "official card, bank confirmation with a wrong code",
      {
        channel: "official_card",
        amount_fen: 10_000,
        card_number: F.official_card.requires_bank_confirmation,
        confirmation_code: "000000",
      },
      { outcome: "declined", reason_code: "confirmation_code_invalid" },
    ],
    [
      "official card, confirmation code ignored when not needed",
      {
        channel: "official_card",
        amount_fen: 10_000,
        card_number: F.official_card.authorizes,
        confirmation_code: "whatever",
      },
      { outcome: "authorized" },
    ],
    [
      "treasury, ordinary amount",
      { channel: "treasury", amount_fen: 1_000_000, budget_indicator_code: "2026-BI-0001" },
      { outcome: "authorized" },
    ],
    [
      "treasury, 9,999.99 yuan refused",
      {
        channel: "treasury",
        amount_fen: F.treasury.declined_amount_fen,
        budget_indicator_code: "2026-BI-0001",
      },
      { outcome: "declined", reason_code: "budget_indicator_insufficient" },
    ],
    [
      "treasury, exhausted indicator refused whatever the amount",
      {
        channel: "treasury",
        amount_fen: 5_000,
        budget_indicator_code: F.treasury.declined_budget_indicator,
      },
      { outcome: "declined", reason_code: "budget_indicator_insufficient" },
    ],
    [
      "treasury, 8,888.88 yuan needs approval",
      {
        channel: "treasury",
        amount_fen: F.treasury.requires_approval_amount_fen,
        budget_indicator_code: "2026-BI-0001",
      },
      { outcome: "requires_more", next_step: "finance_approval" },
    ],
    [
      "treasury, approval indicator needs approval whatever the amount",
      {
        channel: "treasury",
        amount_fen: 12_345,
        budget_indicator_code: F.treasury.requires_approval_budget_indicator,
      },
      { outcome: "requires_more", next_step: "finance_approval" },
    ],
    [
      "treasury, approval given",
      {
        channel: "treasury",
        amount_fen: F.treasury.requires_approval_amount_fen,
        budget_indicator_code: "2026-BI-0001",
        confirmation_code: CODE,
      },
      { outcome: "authorized", confirmed_step: "finance_approval" },
    ],
    [
      "treasury, one fen next to the refused amount is fine",
      {
        channel: "treasury",
        amount_fen: F.treasury.declined_amount_fen + 1,
        budget_indicator_code: "2026-BI-0001",
      },
      { outcome: "authorized" },
    ],
  ])("%s", (_, request, expected) => {
    expect(decideAuthorization(request)).toMatchObject(expected)
  })

  it.each<[string, AuthorizationRequest, string]>([
    ["official card without number", { channel: "official_card", amount_fen: 100 }, "card_number"],
    [
      "official card with letters",
      { channel: "official_card", amount_fen: 100, card_number: "6214abcd00000001" },
      "card_number",
    ],
    [
      "official card too short",
      { channel: "official_card", amount_fen: 100, card_number: "621483000001" },
      "card_number",
    ],
    ["treasury without indicator", { channel: "treasury", amount_fen: 100 }, "budget_indicator_code"],
    [
      "treasury with blank indicator",
      { channel: "treasury", amount_fen: 100, budget_indicator_code: "   " },
      "budget_indicator_code",
    ],
    [
      "zero amount",
      { channel: "treasury", amount_fen: 0, budget_indicator_code: "2026-BI-0001" },
      "amount_fen",
    ],
    [
      "fractional fen",
      { channel: "treasury", amount_fen: 10.5, budget_indicator_code: "2026-BI-0001" },
      "amount_fen",
    ],
    [
      "unknown channel",
      { channel: "alipay" as never, amount_fen: 100, budget_indicator_code: "x" },
      "channel",
    ],
  ])("refuses %s as invalid data naming %s", (_, request, field) => {
    try {
      decideAuthorization(request)
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(PaymentRuleError)
      const rule = error as PaymentRuleError
      expect(rule.kind).toBe("invalid_data")
      expect(rule.field).toBe(field)
      expect(rule.message_zh).toContain(field)
      expect(rule.message_en).toContain(field)
    }
  })

  it("gives decline messages in Chinese and English", () => {
    const decision = decideAuthorization({
      channel: "official_card",
      amount_fen: 100,
      card_number: F.official_card.declined_insufficient_limit,
    })
    expect(decision).toMatchObject({
      message_zh: expect.stringContaining("公务卡额度不足"),
      message_en: expect.stringContaining("limit insufficient"),
    })
  })
})

describe("decideConfirmation", () => {
  it.each([
    [undefined, "requires_more"],
    ["", "requires_more"],
    [CODE, "authorized"],
    [` ${CODE} `, "authorized"],
    ["654321", "declined"],
  ])("code %j → %s", (code, outcome) => {
    expect(decideConfirmation("finance_approval", code).outcome).toBe(outcome)
  })
})
