import path from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { MedusaError } from "@medusajs/framework/utils"
import { dropDatabase, moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { ProcurementClockService } from "@govmall/procurement-core/modules/procurement_clock"
import { GOVPAY_TEST_FIXTURES as F } from "../src/domain/channels"
import type MockPaymentModuleService from "../src/modules/mock_payment/service"
import type { AuthorizeMockPaymentInput } from "../src/modules/mock_payment/types"

const MODULE_PATH = path.resolve(__dirname, "../src/modules/mock_payment")
// Own database per worker: under vitest JEST_WORKER_ID is unset, so the runner's default name
// would be shared by parallel workers.
const DB_NAME = `govmall-mock-payment-module-${process.env.VITEST_POOL_ID ?? "1"}`

afterAll(async () => {
  // Runs after the runner's own afterAll has closed its connections.
  await dropDatabase({ databaseName: DB_NAME })
})

function deposit(overrides: Partial<AuthorizeMockPaymentInput> = {}): AuthorizeMockPaymentInput {
  return {
    channel: "official_card",
    purpose: "deposit",
    reference_type: "bid",
    reference_id: "bid_01",
    payer: "supplier_01",
    amount_fen: 2_000_00,
    idempotency_key: "deposit:bid_01:supplier_01",
    card_number: F.official_card.authorizes,
    ...overrides,
  }
}

function contract(overrides: Partial<AuthorizeMockPaymentInput> = {}): AuthorizeMockPaymentInput {
  return {
    channel: "treasury",
    purpose: "prepayment",
    reference_type: "contract",
    reference_id: "contract_01",
    payer: "unit_01",
    amount_fen: 1_000_000_00,
    idempotency_key: "contract:contract_01",
    budget_indicator_code: "2026-BI-0001",
    ...overrides,
  }
}

async function rejection(promise: Promise<unknown>): Promise<MedusaError> {
  try {
    await promise
  } catch (error) {
    return error as MedusaError
  }
  throw new Error("expected a rejection")
}

moduleIntegrationTestRunner<MockPaymentModuleService>({
  moduleName: "mock_payment",
  resolve: MODULE_PATH,
  dbName: DB_NAME,
  // Build the schema from the generated migration, the same SQL the backend runs.
  pathToMigrations: path.join(MODULE_PATH, "migrations"),
  testSuite: ({ service }) => {
    describe("mock_payment module", () => {
      it("authorizes a deposit on an official card", async () => {
        const tx = await service.authorizePayment(deposit())
        expect(tx).toMatchObject({
          id: expect.stringMatching(/^mpay_/),
          status: "authorized",
          channel: "official_card",
          purpose: "deposit",
          amount_fen: 200000,
          authorized_fen: 200000,
          captured_fen: 0,
          refunded_fen: 0,
          card_last4: "0001",
          decline_reason: null,
          authorized_at: expect.any(Date),
        })
        expect(tx.operations).toEqual([
          expect.objectContaining({ kind: "authorize", amount_fen: 200000, status_after: "authorized" }),
        ])
      })

      it("captures a prepayment, then the balance", async () => {
        const tx = await service.authorizePayment(contract())
        const prepaid = await service.capturePayment(tx.id, 300_000_00, { idempotency_key: "prepay" })
        expect(prepaid).toMatchObject({ status: "partially_captured", captured_fen: 30000000, captured_at: expect.any(Date) })
        const settled = await service.capturePayment(tx.id, undefined, { idempotency_key: "balance" })
        expect(settled).toMatchObject({ status: "captured", captured_fen: 100000000 })
        expect(settled.operations.map((op) => [op.kind, op.amount_fen])).toEqual([
          ["authorize", 100000000],
          ["capture", 30000000],
          ["capture", 70000000],
        ])
      })

      it("stamps milestones and operations with procurement-core's business clock", async () => {
        // The module runner loads mock_payment alone; the clock override is process-wide.
        const clock = new ProcurementClockService()
        try {
          clock.setNow("2026-04-01T10:00:00+08:00")
          const tx = await service.authorizePayment(contract({ idempotency_key: "clock" }))
          clock.advance(7 * 24 * 60 * 60 * 1000)
          const prepaid = await service.capturePayment(tx.id, 300_000_00)
          expect(tx.authorized_at?.toISOString()).toBe("2026-04-01T02:00:00.000Z")
          expect(prepaid.captured_at?.toISOString()).toBe("2026-04-08T02:00:00.000Z")
          expect(prepaid.operations.map((op) => op.at)).toEqual([
            "2026-04-01T02:00:00.000Z",
            "2026-04-08T02:00:00.000Z",
          ])
        } finally {
          clock.reset()
        }
      })

      it("stores contract amounts above 2^31 fen exactly", async () => {
        const big = await service.authorizePayment(contract({ amount_fen: 5_000_000_000_01, idempotency_key: "big" }))
        const captured = await service.capturePayment(big.id, 1_500_000_000_00)
        expect(captured).toMatchObject({ amount_fen: 500000000001, captured_fen: 150000000000 })
        expect((await service.retrievePayment(big.id)).captured_fen).toBe(150000000000)
      })

      it("refuses to capture beyond the authorized amount, naming the record and its state", async () => {
        const tx = await service.authorizePayment(contract())
        await service.capturePayment(tx.id, 300_000_00)
        const error = await rejection(service.capturePayment(tx.id, 700_000_01))
        expect(error).toBeInstanceOf(MedusaError)
        expect(error.type).toBe(MedusaError.Types.NOT_ALLOWED)
        expect(error.message).toContain("扣款金额超出授权余额")
        expect(error.message).toContain("Capture exceeds the authorized amount")
        expect(error.message).toContain(tx.id)
        expect(error.message).toContain("partially_captured")
        expect((await service.retrievePayment(tx.id)).captured_fen).toBe(30000000)
      })

      it("refunds a deposit in parts and never beyond what was captured", async () => {
        const tx = await service.authorizePayment(deposit())
        await service.capturePayment(tx.id)
        const part = await service.refundPayment(tx.id, 50_000, { idempotency_key: "refund-1" })
        expect(part).toMatchObject({ status: "partially_refunded", refunded_fen: 50000, refunded_at: expect.any(Date) })
        const error = await rejection(service.refundPayment(tx.id, 150_001))
        expect(error.type).toBe(MedusaError.Types.NOT_ALLOWED)
        expect(error.message).toContain("退款金额超出可退金额")
        expect(error.message).toContain(tx.id)
        const rest = await service.refundPayment(tx.id, 150_000, { idempotency_key: "refund-2" })
        expect(rest).toMatchObject({ status: "refunded", refunded_fen: 200000 })
      })

      it("cancels an authorization; capturing afterwards is not allowed", async () => {
        const tx = await service.authorizePayment(deposit())
        const canceled = await service.cancelPayment(tx.id)
        expect(canceled).toMatchObject({ status: "canceled", canceled_at: expect.any(Date) })
        expect(await service.cancelPayment(tx.id)).toMatchObject({ status: "canceled", operations: canceled.operations })
        const error = await rejection(service.capturePayment(tx.id))
        expect(error.type).toBe(MedusaError.Types.NOT_ALLOWED)
        expect(error.message).toContain(`transaction ${tx.id}, status canceled`)
      })

      it("refuses to cancel a captured payment", async () => {
        const tx = await service.authorizePayment(deposit())
        await service.capturePayment(tx.id)
        const error = await rejection(service.cancelPayment(tx.id))
        expect(error.type).toBe(MedusaError.Types.NOT_ALLOWED)
        expect(error.message).toContain("captured")
      })

      it("keeps one record per idempotency key", async () => {
        const first = await service.authorizePayment(deposit())
        const second = await service.authorizePayment(deposit())
        expect(second.id).toBe(first.id)
        expect(await service.listPaymentsByReference("bid", "bid_01")).toHaveLength(1)
      })

      it("keeps one record when the same key is authorized concurrently", async () => {
        // 8 callers: with fewer, the race without the key lock is too rarely hit to be caught.
        const results = await Promise.all(
          Array.from({ length: 8 }, () => service.authorizePayment(deposit()))
        )
        expect(new Set(results.map((tx) => tx.id)).size).toBe(1)
        expect(await service.listPaymentsByReference("bid", "bid_01")).toHaveLength(1)
      })

      it("refuses the same key for a different payment", async () => {
        await service.authorizePayment(deposit())
        const error = await rejection(service.authorizePayment(deposit({ amount_fen: 3_000_00 })))
        expect(error.type).toBe(MedusaError.Types.INVALID_DATA)
        expect(error.message).toContain("amount_fen")
        expect(error.message).toContain("idempotency_key")
      })

      it("captures and refunds once per idempotency key", async () => {
        const tx = await service.authorizePayment(contract())
        const first = await service.capturePayment(tx.id, 300_000_00, { idempotency_key: "prepay" })
        const again = await service.capturePayment(tx.id, 300_000_00, { idempotency_key: "prepay" })
        expect(again.captured_fen).toBe(30000000)
        expect(again.operations).toEqual(first.operations)
        await service.refundPayment(tx.id, 100_00, { idempotency_key: "r" })
        const refundAgain = await service.refundPayment(tx.id, 100_00, { idempotency_key: "r" })
        expect(refundAgain.refunded_fen).toBe(10000)
      })

      it("serializes concurrent captures: the second over-capture is refused", async () => {
        const tx = await service.authorizePayment(contract())
        const results = await Promise.allSettled([
          service.capturePayment(tx.id, 600_000_00),
          service.capturePayment(tx.id, 600_000_00),
        ])
        expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"])
        expect((await service.retrievePayment(tx.id)).captured_fen).toBe(60000000)
      })

      it("leaves a declined record with its reason", async () => {
        const declined = await service.authorizePayment(
          contract({ amount_fen: F.treasury.declined_amount_fen, idempotency_key: "declined" })
        )
        expect(declined).toMatchObject({
          status: "declined",
          authorized_fen: 0,
          decline_code: "budget_indicator_insufficient",
          decline_reason: expect.stringContaining("预算指标余额不足"),
          declined_at: expect.any(Date),
          budget_indicator_code: "2026-BI-0001",
        })
        expect(declined.decline_reason).toContain("Budget indicator balance insufficient")
        const stored = await service.retrievePayment(declined.id)
        expect(stored.status).toBe("declined")
        // Retrying with the same key returns the same decision.
        expect((await service.authorizePayment(contract({ amount_fen: F.treasury.declined_amount_fen, idempotency_key: "declined" }))).id).toBe(declined.id)
      })

      it("declines an official card without limit", async () => {
        const declined = await service.authorizePayment(
          deposit({ card_number: F.official_card.declined_insufficient_limit })
        )
        expect(declined).toMatchObject({ status: "declined", decline_code: "card_limit_insufficient", card_last4: "0002" })
      })

      it("completes a bank confirmation with a second authorize call carrying the code", async () => {
        const waiting = await service.authorizePayment(
          deposit({ card_number: F.official_card.requires_bank_confirmation })
        )
        expect(waiting).toMatchObject({ status: "requires_more", next_step: "bank_confirmation" })
        const stillWaiting = await service.authorizePayment(
          deposit({ card_number: F.official_card.requires_bank_confirmation })
        )
        expect(stillWaiting).toMatchObject({ id: waiting.id, status: "requires_more" })
        const done = await service.authorizePayment(
          deposit({ card_number: F.official_card.requires_bank_confirmation, confirmation_code: F.confirmation_code })
        )
        expect(done).toMatchObject({ id: waiting.id, status: "authorized", authorized_fen: 200000, next_step: null })
      })

      it("declines a wrong finance approval code", async () => {
        const waiting = await service.authorizePayment(
          contract({ amount_fen: F.treasury.requires_approval_amount_fen, idempotency_key: "approval" })
        )
        expect(waiting.status).toBe("requires_more")
        const refused = await service.authorizePayment(
          contract({ amount_fen: F.treasury.requires_approval_amount_fen, idempotency_key: "approval", confirmation_code: "000000" })
        )
        expect(refused).toMatchObject({ id: waiting.id, status: "declined", decline_code: "confirmation_code_invalid" })
      })

      it.each<[string, Partial<AuthorizeMockPaymentInput>, string]>([
        ["missing card number", { card_number: undefined }, "card_number"],
        ["fractional fen", { amount_fen: 100.5 }, "amount_fen"],
        ["unknown purpose", { purpose: "tip" as never }, "purpose"],
        ["blank idempotency key", { idempotency_key: " " }, "idempotency_key"],
      ])("refuses %s as invalid data naming the field", async (_, overrides, field) => {
        const error = await rejection(service.authorizePayment(deposit(overrides)))
        expect(error.type).toBe(MedusaError.Types.INVALID_DATA)
        expect(error.message).toContain(field)
        expect(await service.listPaymentsByReference("bid", "bid_01")).toHaveLength(0)
      })

      it("reports an unknown transaction as not found", async () => {
        const error = await rejection(service.capturePayment("mpay_missing"))
        expect(error.type).toBe(MedusaError.Types.NOT_FOUND)
      })
    })
  },
})
