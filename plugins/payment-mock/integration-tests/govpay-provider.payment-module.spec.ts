import path from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import type { IPaymentModuleService } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { dropDatabase, moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { GOVPAY_TEST_FIXTURES as F } from "../src/domain/channels"
import type { GovPayState } from "../src/providers/govpay/state"

/**
 * Medusa's own payment module (2.21.2) with the govpay provider registered twice, exactly as
 * backend/medusa-config.ts does: checks the provider ids Medusa derives and the provider's
 * behaviour behind the module's session / payment / capture / refund API.
 */
const PAYMENT_PACKAGE = path.dirname(require.resolve("@medusajs/payment/package.json"))
const PROVIDER_PATH = path.resolve(__dirname, "../src/providers/govpay")
const DB_NAME = `govmall-mock-payment-provider-${process.env.VITEST_POOL_ID ?? "1"}`

afterAll(async () => {
  await dropDatabase({ databaseName: DB_NAME })
})

function govpay(session: { data?: Record<string, unknown> | null }): GovPayState {
  return session.data?.govpay as GovPayState
}

moduleIntegrationTestRunner<IPaymentModuleService>({
  moduleName: Modules.PAYMENT,
  resolve: PAYMENT_PACKAGE,
  pathToMigrations: path.join(PAYMENT_PACKAGE, "dist/migrations"),
  dbName: DB_NAME,
  moduleOptions: {
    providers: [
      { resolve: PROVIDER_PATH, id: "treasury", options: { channel: "treasury" } },
      { resolve: PROVIDER_PATH, id: "official_card", options: { channel: "official_card" } },
    ],
  },
  testSuite: ({ service }) => {
    async function session(providerId: string, amount: number | string, data: Record<string, unknown>) {
      const collection = await service.createPaymentCollections({ currency_code: "cny", amount })
      return await service.createPaymentSession(collection.id, {
        provider_id: providerId,
        currency_code: "cny",
        amount,
        data,
      })
    }

    describe("govpay inside Medusa's payment module", () => {
      it("registers pp_govpay_treasury and pp_govpay_official_card", async () => {
        const providers = await service.listPaymentProviders({ id: ["pp_govpay_treasury", "pp_govpay_official_card"] })
        expect(providers.map((p) => p.id).sort()).toEqual(["pp_govpay_official_card", "pp_govpay_treasury"])
      })

      it("authorizes, captures in parts and refunds an official card payment", async () => {
        const created = await session("pp_govpay_official_card", 1000, { card_number: F.official_card.authorizes })
        expect(govpay(created)).toMatchObject({ status: "pending", amount_fen: 100000, channel: "official_card" })

        const payment = await service.authorizePaymentSession(created.id, {})
        expect(payment).toBeTruthy()
        expect(govpay(payment!)).toMatchObject({ status: "authorized", authorized_fen: 100000, card_last4: "0001" })
        expect(payment!.data).not.toHaveProperty("card_number")

        // Medusa records partial captures itself; the provider settles on the first call.
        await service.capturePayment({ payment_id: payment!.id, amount: 300 })
        const balance = await service.capturePayment({ payment_id: payment!.id, amount: 700 })
        expect(balance.captures).toHaveLength(2)
        expect(govpay(balance)).toMatchObject({ status: "captured", captured_fen: 100000 })

        const refunded = await service.refundPayment({ payment_id: payment!.id, amount: "250.55" })
        expect(govpay(refunded)).toMatchObject({ status: "partially_refunded", refunded_fen: 25055 })
      })

      // The provider throws on a decline and on a second step (the two payment error types that
      // Medusa's cart-complete route answers with the cart and our message); Medusa then leaves
      // the session as it was and creates no payment.
      it("refuses a declined treasury payment with the reason and no payment", async () => {
        const created = await session("pp_govpay_treasury", "9999.99", { budget_indicator_code: "2026-BI-0001" })
        const error = await service.authorizePaymentSession(created.id, {}).catch((e) => e)
        expect(error).toBeInstanceOf(MedusaError)
        expect(error.type).toBe(MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR)
        expect(error.message).toMatch(/预算指标余额不足.*budget_indicator_insufficient/)
        const [stored] = await service.listPaymentSessions({ id: created.id }, { relations: ["payment"] })
        expect(stored.status).toBe("pending")
        expect(stored.payment ?? null).toBeNull()
        expect(govpay(stored).status).toBe("pending")
      })

      it("asks for the bank confirmation, then authorizes the session sent again with the code", async () => {
        const created = await session("pp_govpay_official_card", 50, { card_number: F.official_card.requires_bank_confirmation })
        const error = await service.authorizePaymentSession(created.id, {}).catch((e) => e)
        expect(error).toBeInstanceOf(MedusaError)
        expect(error.type).toBe(MedusaError.Types.PAYMENT_REQUIRES_MORE_ERROR)
        expect(error.message).toMatch(/bank_confirmation/)

        // The storefront sends the card data again, now with confirmation_code.
        await service.updatePaymentSession({
          id: created.id,
          amount: 50,
          currency_code: "cny",
          data: { card_number: F.official_card.requires_bank_confirmation, confirmation_code: F.confirmation_code },
        })
        const payment = await service.authorizePaymentSession(created.id, {})
        expect(govpay(payment!)).toMatchObject({ status: "authorized", authorized_fen: 5000, card_last4: "0003" })
        expect(payment!.data).not.toHaveProperty("confirmation_code")
      })

      it("cancels an authorized payment", async () => {
        const created = await session("pp_govpay_treasury", 120, { budget_indicator_code: "2026-BI-0001" })
        const payment = await service.authorizePaymentSession(created.id, {})
        const canceled = await service.cancelPayment(payment!.id)
        expect(canceled.canceled_at).toBeTruthy()
        expect(govpay(canceled).status).toBe("canceled")
      })

      it("surfaces a missing budget indicator as invalid data naming the field", async () => {
        const created = await session("pp_govpay_treasury", 120, {})
        const error = await service.authorizePaymentSession(created.id, {}).catch((e) => e)
        expect(error).toBeInstanceOf(MedusaError)
        expect(error.type).toBe(MedusaError.Types.INVALID_DATA)
        expect(error.message).toContain("budget_indicator_code")
      })

      it("refuses a currency other than CNY when the session is created", async () => {
        const collection = await service.createPaymentCollections({ currency_code: "usd", amount: 10 })
        await expect(
          service.createPaymentSession(collection.id, {
            provider_id: "pp_govpay_treasury",
            currency_code: "usd",
            amount: 10,
            data: {},
          })
        ).rejects.toThrow(/currency_code/)
      })
    })
  },
})
