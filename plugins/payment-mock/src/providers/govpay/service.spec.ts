import { MedusaError } from "@medusajs/framework/utils"
import { ProcurementClockService } from "@govmall/procurement-core/modules/procurement_clock"
import { afterEach, describe, expect, it } from "vitest"
import { GOVPAY_TEST_FIXTURES as F } from "../../domain/channels"
import { GovPayProviderService } from "./service"
import type { GovPayState } from "./state"

const CODE = F.confirmation_code

function provider(channel: "treasury" | "official_card") {
  return new GovPayProviderService({}, { channel })
}

function stateOf(data: Record<string, unknown> | undefined): GovPayState {
  return data?.govpay as GovPayState
}

async function initiated(
  channel: "treasury" | "official_card",
  amount: number | string,
  data: Record<string, unknown>
) {
  const p = provider(channel)
  const session = await p.initiatePayment({
    amount,
    currency_code: "cny",
    data: { session_id: "payses_01", ...data },
  })
  return { p, data: { session_id: "payses_01", ...data, ...session.data }, session }
}

async function authorizedCard(amount: number | string = "1000.00") {
  const { p, data } = await initiated("official_card", amount, { card_number: F.official_card.authorizes })
  const auth = await p.authorizePayment({ data, context: { idempotency_key: "payses_01" } })
  return { p, data: auth.data! }
}

function expectMedusaError(error: unknown, type: string, ...fragments: RegExp[]) {
  expect(error).toBeInstanceOf(MedusaError)
  expect((error as MedusaError).type).toBe(type)
  for (const fragment of fragments) {
    expect((error as MedusaError).message).toMatch(fragment)
  }
}

describe("GovPayProviderService options", () => {
  it("has the identifier Medusa turns into pp_govpay_<id>", () => {
    expect(GovPayProviderService.identifier).toBe("govpay")
  })

  it.each([[{}], [{ channel: "alipay" }], [undefined], [{ channel: "" }]])(
    "refuses options %j with a clear message",
    (options) => {
      try {
        GovPayProviderService.validateOptions(options as never)
        expect.unreachable()
      } catch (error) {
        expectMedusaError(error, MedusaError.Types.INVALID_DATA, /options\.channel/, /国库集中支付/, /official_card/)
      }
    }
  )

  it.each([["treasury"], ["official_card"]])("accepts %s", (channel) => {
    expect(() => GovPayProviderService.validateOptions({ channel })).not.toThrow()
  })
})

describe("initiatePayment", () => {
  it("stores the amount in fen and a pending state", async () => {
    const { session } = await initiated("treasury", "1234.56", { budget_indicator_code: "2026-BI-0001" })
    expect(session.status).toBe("pending")
    expect(session.id).toBe("govpay_treasury_payses_01")
    expect(stateOf(session.data)).toMatchObject({
      status: "pending",
      channel: "treasury",
      currency_code: "cny",
      amount_fen: 123456,
      authorized_fen: 0,
    })
  })

  it("refuses another currency", async () => {
    await expect(
      provider("treasury").initiatePayment({ amount: 10, currency_code: "usd", data: {} })
    ).rejects.toThrow(/currency_code/)
  })

  it("refuses a zero amount as invalid data", async () => {
    const error = await provider("treasury")
      .initiatePayment({ amount: 0, currency_code: "CNY", data: {} })
      .catch((e) => e)
    expectMedusaError(error, MedusaError.Types.INVALID_DATA, /amount/)
  })
})

describe("authorizePayment", () => {
  it.each<[string, "treasury" | "official_card", string, Record<string, unknown>, Partial<GovPayState>]>([
    ["ordinary official card", "official_card", "100.00", { card_number: F.official_card.authorizes }, { status: "authorized", authorized_fen: 10000, card_last4: "0001" }],
    ["treasury ordinary", "treasury", "50000.00", { budget_indicator_code: "2026-BI-0001" }, { status: "authorized", authorized_fen: 5000000 }],
  ])("%s authorizes", async (_, channel, amount, data, expected) => {
    const { p, data: sessionData } = await initiated(channel, amount, data)
    const result = await p.authorizePayment({ data: sessionData })
    expect(result.status).toBe("authorized")
    expect(stateOf(result.data)).toMatchObject(expected)
    expect(result.data).not.toHaveProperty("card_number")
  })

  // Declines and second steps throw the two payment error types: Medusa's cart-complete route
  // then returns the cart intact with this message (a returned `error` status would only
  // give the purchaser Medusa's generic "was not authorized").
  it.each<[string, "treasury" | "official_card", string, Record<string, unknown>, string, RegExp[]]>([
    ["card without limit", "official_card", "100.00", { card_number: F.official_card.declined_insufficient_limit }, MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR, [/公务卡额度不足（卡号尾号 0002）/, /Official card limit insufficient/, /card_limit_insufficient/]],
    ["card needing bank confirmation", "official_card", "100.00", { card_number: F.official_card.requires_bank_confirmation }, MedusaError.Types.PAYMENT_REQUIRES_MORE_ERROR, [/bank_confirmation/, /confirmation_code/]],
    ["treasury refused amount", "treasury", "9999.99", { budget_indicator_code: "2026-BI-0001" }, MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR, [/budget_indicator_insufficient/]],
    ["treasury approval amount", "treasury", "8888.88", { budget_indicator_code: "2026-BI-0001" }, MedusaError.Types.PAYMENT_REQUIRES_MORE_ERROR, [/finance_approval/]],
    ["wrong confirmation code", "treasury", "8888.88", { budget_indicator_code: "2026-BI-0001", confirmation_code: "000000" }, MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR, [/confirmation_code_invalid/]],
  ])("%s is refused with a reason the purchaser can read", async (_, channel, amount, data, type, fragments) => {
    const { p, data: sessionData } = await initiated(channel, amount, data)
    const error = await p.authorizePayment({ data: sessionData }).catch((e) => e)
    expectMedusaError(error, type, ...fragments)
  })

  it("completes the bank confirmation when the session is sent again with the code", async () => {
    const { p, data } = await initiated("official_card", "100.00", { card_number: F.official_card.requires_bank_confirmation })
    await expect(p.authorizePayment({ data })).rejects.toThrow(/bank_confirmation/)
    // The storefront sends the card data back with the code (Medusa: updatePaymentSession).
    const updated = await p.updatePayment({
      amount: "100.00",
      currency_code: "cny",
      data: { ...data, card_number: F.official_card.requires_bank_confirmation, confirmation_code: CODE },
    })
    const second = await p.authorizePayment({ data: updated.data })
    expect(second.status).toBe("authorized")
    expect(stateOf(second.data)).toMatchObject({ status: "authorized", authorized_fen: 10000, card_last4: "0003" })
    expect(second.data).not.toHaveProperty("confirmation_code")
  })

  it("completes the finance approval when the new session carries card data and code at once", async () => {
    const { p, data } = await initiated("treasury", "8888.88", { budget_indicator_code: "2026-BI-0001", confirmation_code: CODE })
    expect((await p.authorizePayment({ data })).status).toBe("authorized")
  })

  it("is a replay once decided", async () => {
    const { p, data } = await authorizedCard()
    const again = await p.authorizePayment({ data })
    expect(again).toEqual({ status: "authorized", data })
  })

  it("refuses a missing card number naming the field", async () => {
    const { p, data } = await initiated("official_card", "100.00", {})
    const error = await p.authorizePayment({ data }).catch((e) => e)
    expectMedusaError(error, MedusaError.Types.INVALID_DATA, /card_number/, /公务卡卡号/)
  })

  it("refuses data not created by govpay", async () => {
    const error = await provider("treasury").authorizePayment({ data: { foo: 1 } }).catch((e) => e)
    expectMedusaError(error, MedusaError.Types.INVALID_DATA, /data\.govpay/)
  })

  it("refuses data of the other channel", async () => {
    const { data } = await authorizedCard()
    const error = await provider("treasury").capturePayment({ data }).catch((e) => e)
    expectMedusaError(error, MedusaError.Types.INVALID_DATA, /official_card/)
  })
})

describe("capturePayment", () => {
  it("captures everything when Medusa calls it without an amount", async () => {
    const { p, data } = await authorizedCard("1000.00")
    const result = await p.capturePayment({ data, context: { idempotency_key: "capt_1" } })
    expect(stateOf(result.data)).toMatchObject({ status: "captured", captured_fen: 100000 })
    expect(await p.getPaymentStatus({ data: result.data })).toMatchObject({ status: "captured" })
  })

  it("treats Medusa's later partial-capture calls as no-ops", async () => {
    const { p, data } = await authorizedCard("1000.00")
    const first = await p.capturePayment({ data, context: { idempotency_key: "capt_1" } })
    const second = await p.capturePayment({ data: first.data, context: { idempotency_key: "capt_2" } })
    expect(second.data).toEqual(first.data)
  })

  it("captures a prepayment and then the balance when given amounts", async () => {
    const { p, data } = await authorizedCard("1000.00")
    const prepayment = await p.capturePayment({ data, amount: "300.00", context: { idempotency_key: "pre" } })
    expect(stateOf(prepayment.data)).toMatchObject({ status: "partially_captured", captured_fen: 30000 })
    expect((await p.getPaymentStatus({ data: prepayment.data })).status).toBe("authorized")
    const balance = await p.capturePayment({ data: prepayment.data, context: { idempotency_key: "bal" } })
    expect(stateOf(balance.data)).toMatchObject({ status: "captured", captured_fen: 100000 })
  })

  it("does not capture twice for the same idempotency key", async () => {
    const { p, data } = await authorizedCard("1000.00")
    const first = await p.capturePayment({ data, amount: 300, context: { idempotency_key: "pre" } })
    const again = await p.capturePayment({ data: first.data, amount: 300, context: { idempotency_key: "pre" } })
    expect(again.data).toEqual(first.data)
    expect(stateOf(again.data).captured_fen).toBe(30000)
  })

  it("refuses to capture beyond the authorization", async () => {
    const { p, data } = await authorizedCard("1000.00")
    const first = await p.capturePayment({ data, amount: "300.00", context: { idempotency_key: "pre" } })
    const error = await p
      .capturePayment({ data: first.data, amount: "700.01", context: { idempotency_key: "bal" } })
      .catch((e) => e)
    expectMedusaError(error, MedusaError.Types.NOT_ALLOWED, /扣款金额超出授权余额/, /Capture exceeds the authorized amount/, /govpay_official_card_payses_01/, /partially_captured/)
  })

  it("refuses to capture a payment that was never authorized", async () => {
    const { p, data } = await initiated("official_card", "100.00", { card_number: F.official_card.declined_insufficient_limit })
    await expect(p.authorizePayment({ data })).rejects.toThrow(/card_limit_insufficient/)
    const error = await p.capturePayment({ data }).catch((e) => e)
    expectMedusaError(error, MedusaError.Types.NOT_ALLOWED, /pending/)
  })
})

describe("business time", () => {
  const clock = new ProcurementClockService()
  afterEach(() => clock.reset())

  it("stamps each operation with procurement-core's clock, not the wall clock", async () => {
    clock.setNow("2026-03-02T09:30:00+08:00")
    const { p, data } = await authorizedCard("100.00")
    clock.advance(24 * 60 * 60 * 1000)
    const captured = await p.capturePayment({ data, context: { idempotency_key: "capt_1" } })
    expect(stateOf(captured.data).operations.map((op) => [op.kind, op.at])).toEqual([
      ["authorize", "2026-03-02T01:30:00.000Z"],
      ["capture", "2026-03-03T01:30:00.000Z"],
    ])
  })
})

describe("refundPayment", () => {
  async function captured() {
    const { p, data } = await authorizedCard("200.00")
    const result = await p.capturePayment({ data, context: { idempotency_key: "capt_1" } })
    return { p, data: result.data! }
  }

  it("refunds part of the capture with Medusa's raw amount", async () => {
    const { p, data } = await captured()
    const result = await p.refundPayment({ data, amount: { value: "50.5", precision: 20 }, context: { idempotency_key: "ref_1" } })
    expect(stateOf(result.data)).toMatchObject({ status: "partially_refunded", refunded_fen: 5050 })
  })

  it("does not refund twice for the same idempotency key", async () => {
    const { p, data } = await captured()
    const first = await p.refundPayment({ data, amount: 50, context: { idempotency_key: "ref_1" } })
    const again = await p.refundPayment({ data: first.data, amount: 50, context: { idempotency_key: "ref_1" } })
    expect(again.data).toEqual(first.data)
    expect(stateOf(again.data).refunded_fen).toBe(5000)
  })

  it("refuses to refund beyond what was captured", async () => {
    const { p, data } = await captured()
    const first = await p.refundPayment({ data, amount: 150, context: { idempotency_key: "ref_1" } })
    const error = await p.refundPayment({ data: first.data, amount: "50.01", context: { idempotency_key: "ref_2" } }).catch((e) => e)
    expectMedusaError(error, MedusaError.Types.NOT_ALLOWED, /退款金额超出可退金额/, /Refund exceeds the captured amount/)
  })

  it("refunds the rest and ends refunded", async () => {
    const { p, data } = await captured()
    const first = await p.refundPayment({ data, amount: 150, context: { idempotency_key: "ref_1" } })
    const rest = await p.refundPayment({ data: first.data, amount: 50, context: { idempotency_key: "ref_2" } })
    expect(stateOf(rest.data)).toMatchObject({ status: "refunded", refunded_fen: 20000 })
  })
})

describe("cancelPayment, retrievePayment, getPaymentStatus, deletePayment, webhooks", () => {
  it("cancels an authorization and is idempotent", async () => {
    const { p, data } = await authorizedCard()
    const canceled = await p.cancelPayment({ data, context: { idempotency_key: "pay_1" } })
    expect((await p.getPaymentStatus({ data: canceled.data })).status).toBe("canceled")
    const again = await p.cancelPayment({ data: canceled.data, context: { idempotency_key: "pay_1" } })
    expect(again.data).toEqual(canceled.data)
  })

  it("refuses to cancel a captured payment (refund it instead)", async () => {
    const { p, data } = await authorizedCard()
    const captured = await p.capturePayment({ data })
    const error = await p.cancelPayment({ data: captured.data }).catch((e) => e)
    expectMedusaError(error, MedusaError.Types.NOT_ALLOWED, /captured/, /取消/)
  })

  it("retrieves the stored state", async () => {
    const { p, data } = await authorizedCard()
    expect(await p.retrievePayment({ data })).toEqual({ data })
  })

  it("deletes a session without side effects", async () => {
    const { p, data } = await initiated("treasury", 10, { budget_indicator_code: "x" })
    expect(await p.deletePayment({ data })).toEqual({ data })
  })

  it("maps every state to a Medusa session status", async () => {
    const { p, data } = await initiated("treasury", 10, { budget_indicator_code: "x" })
    expect((await p.getPaymentStatus({ data })).status).toBe("pending")
  })

  it("uses the customer id as account holder, like Medusa's system provider", async () => {
    const p = provider("treasury")
    const customer = { id: "cus_01", email: "buyer@unit.gov.cn" }
    expect(await p.createAccountHolder({ context: { customer } })).toEqual({ id: "cus_01" })
    expect(await p.retrieveAccountHolder({ id: "cus_01" })).toEqual({ id: "cus_01" })
  })

  it("supports no webhooks", async () => {
    expect(await provider("treasury").getWebhookActionAndData({ data: {}, rawData: "", headers: {} })).toEqual({ action: "not_supported" })
  })
})
