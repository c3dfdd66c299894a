import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { AuditActor } from "@govmall/procurement-core/modules/procurement_audit"
import { MOCK_PAYMENT_MODULE, type MockPaymentModuleService } from "@govmall/payment-mock/modules/mock_payment"
import type { SupplierContext } from "./response-context"
import { responseService } from "./response-context"

const referenceOf = (c: SupplierContext) => `${c.solicitation.id}:${c.lot.id}:${c.supplier.id}`

/**
 * Pays the lot's deposit (the plan's `deposit_fen`, ≤ 2 % of the lot budget) through the mock
 * payment module from the supplier's bank account, authorized and captured. A decline is a 400
 * with the bank's reason. Compensation refunds it in full.
 */
export const captureDepositPaymentStep = createStep(
  "capture-response-deposit-payment",
  async (input: { context: SupplierContext; account_number: string; confirmation_code?: string | null }, { container }) => {
    const { lot, supplier } = input.context
    if (!(lot.deposit_fen > 0)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `lot_id: lot ${lot.id} asks for no deposit`)
    }
    const payments = container.resolve<MockPaymentModuleService>(MOCK_PAYMENT_MODULE)
    const authorized = await payments.authorizePayment({
      channel: "official_card",
      purpose: "deposit",
      reference_type: "fa_response_deposit",
      reference_id: referenceOf(input.context),
      payer: supplier.id,
      amount_fen: lot.deposit_fen,
      idempotency_key: `fa-deposit:${referenceOf(input.context)}:${input.account_number}`,
      card_number: input.account_number,
      confirmation_code: input.confirmation_code ?? undefined,
    })
    if (authorized.status !== "authorized") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `deposit payment ${authorized.id} is ${authorized.status}: ${authorized.decline_reason ?? authorized.next_step ?? "not authorized"}`
      )
    }
    const captured = await payments.capturePayment(authorized.id)
    return new StepResponse(captured, { id: captured.id, amount_fen: lot.deposit_fen, reference: referenceOf(input.context) })
  },
  async (undo, { container }) => {
    if (!undo) return
    await container
      .resolve<MockPaymentModuleService>(MOCK_PAYMENT_MODULE)
      .refundPayment(undo.id, undo.amount_fen, { idempotency_key: `fa-deposit-compensation:${undo.reference}` })
  }
)

export const recordDepositStep = createStep(
  "record-response-deposit",
  async (input: { context: SupplierContext; payment_id: string; account_number: string; actor: AuditActor }, { container }) => {
    const { solicitation, lot, supplier } = input.context
    const deposit = await responseService(container).recordDeposit(
      {
        solicitation_id: solicitation.id,
        lot_id: lot.id,
        supplier_org_id: supplier.id,
        amount_fen: lot.deposit_fen,
        payment_id: input.payment_id,
        paying_account: input.account_number,
      },
      input.actor
    )
    return new StepResponse(deposit)
  }
)
