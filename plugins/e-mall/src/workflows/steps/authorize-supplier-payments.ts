import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { fenToYuan } from "@govmall/procurement-core/domain/money"
import type { CreatedSupplierOrder } from "./create-supplier-orders"

export type PaymentChoice = { provider_id: string; data?: Record<string, unknown> }
type Authorized = { order_id: string; payment_collection_id: string; payment_id: string | null }

export const authorizeSupplierPaymentsStepId = "emall-authorize-supplier-payments"

/**
 * For each order: a payment collection of its total (linked to the order), a session with the
 * purchaser's govpay provider and data, then authorize (never capture). The first decline
 * (the provider throws PAYMENT_AUTHORIZATION_ERROR with its reason) stops the run: the
 * authorizations already given are cancelled and the collections deleted, here and in the
 * compensation, so no hold stays on the purchaser's budget or card.
 */
export const authorizeSupplierPaymentsStep = createStep(
  authorizeSupplierPaymentsStepId,
  async (input: { orders: CreatedSupplierOrder[]; currency_code: string; payment: PaymentChoice; customer_id?: string }, { container }) => {
    const done: Authorized[] = []
    try {
      for (const order of input.orders) {
        done.push(await authorizeOne(container, order, input))
      }
    } catch (error) {
      await release(container, done)
      throw error
    }
    return new StepResponse(done, done)
  },
  async (done, { container }) => {
    if (done?.length) await release(container, done)
  }
)

async function authorizeOne(
  container: any,
  order: CreatedSupplierOrder,
  input: { currency_code: string; payment: PaymentChoice; customer_id?: string }
): Promise<Authorized> {
  const payment = container.resolve(Modules.PAYMENT)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const amount = fenToYuan(order.total_fen)
  const [collection] = await payment.createPaymentCollections([{ currency_code: input.currency_code, amount }])
  const record: Authorized = { order_id: order.order_id, payment_collection_id: collection.id, payment_id: null }
  try {
    await link.create({
      [Modules.ORDER]: { order_id: order.order_id },
      [Modules.PAYMENT]: { payment_collection_id: collection.id },
    })
    const session = await payment.createPaymentSession(collection.id, {
      provider_id: input.payment.provider_id,
      currency_code: input.currency_code,
      amount,
      data: input.payment.data ?? {},
      context: { customer: input.customer_id ? { id: input.customer_id } : undefined } as any,
    })
    const authorized = await payment.authorizePaymentSession(session.id, {})
    record.payment_id = authorized.id
    return record
  } catch (error) {
    await release(container, [record])
    throw error
  }
}

async function release(container: any, done: Authorized[]): Promise<void> {
  const payment = container.resolve(Modules.PAYMENT)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  for (const entry of [...done].reverse()) {
    if (entry.payment_id) {
      await payment.cancelPayment(entry.payment_id).catch(() => undefined)
    }
    await link
      .dismiss({
        [Modules.ORDER]: { order_id: entry.order_id },
        [Modules.PAYMENT]: { payment_collection_id: entry.payment_collection_id },
      })
      .catch(() => undefined)
    await payment.deletePaymentCollections([entry.payment_collection_id]).catch(() => undefined)
  }
}
