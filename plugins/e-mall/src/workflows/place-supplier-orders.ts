import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { EmallEvents } from "../events"
import { authorizeSupplierPaymentsStep, type PaymentChoice } from "./steps/authorize-supplier-payments"
import { completeEmallCartStep, createEmallOrdersStep } from "./steps/create-emall-orders"
import { createSupplierOrdersStep, type SupplierOrdersContext } from "./steps/create-supplier-orders"
import { prepareSupplierOrdersStep, type OfferLine } from "./steps/prepare-supplier-orders"
import { reserveOfferInventoryStep } from "./steps/reserve-offer-inventory"

export type PlaceSupplierOrdersInput = SupplierOrdersContext & {
  lines: OfferLine[]
  payment: PaymentChoice
  /** 6-digit code of the delivery region; offers must serve it. */
  region_code?: string | null
  /** How errors name the lines: `items` for a cart, `offer_id`/`quantity` prefix for direct purchase. */
  field_prefix?: string
}

export const placeSupplierOrdersWorkflowId = "emall-place-supplier-orders"

/**
 * The split: offer lines → one Medusa order per supplier, inventory reserved, each order's
 * payment authorized with the purchaser's provider, one `emall_order` per order
 * (pending_confirmation). All or nothing: a decline (or a stock shortage) rolls back the
 * orders, reservations, authorizations and rows, and the error carries the provider's reason.
 * With `cart_id`, the cart is locked for the run and marked completed at the end.
 */
export const placeSupplierOrdersWorkflow = createWorkflow(placeSupplierOrdersWorkflowId, (input: PlaceSupplierOrdersInput) => {
  // A cart is locked for the run (two completions of one cart must not both place orders); a
  // direct purchase has nothing shared to lock: stock is guarded by the inventory module.
  const lockKey = transform({ input }, ({ input }) => `emall-cart:${input.cart_id}`)
  when("emall-lock-cart", { input }, ({ input }) => !!input.cart_id).then(() => {
    acquireLockStep({ key: lockKey, timeout: 10, ttl: 60 })
  })
  const groups = prepareSupplierOrdersStep({
    lines: input.lines,
    region_code: input.region_code,
    field_prefix: input.field_prefix,
  })
  const context = transform({ input }, ({ input }) => {
    const { lines: _l, payment: _p, region_code: _r, field_prefix: _f, ...context } = input
    return context as SupplierOrdersContext
  })
  const orders = createSupplierOrdersStep({ groups, context })
  reserveOfferInventoryStep({ orders, sales_channel_id: input.sales_channel_id })
  const payments = authorizeSupplierPaymentsStep({
    orders,
    currency_code: input.currency_code,
    payment: input.payment,
    customer_id: input.customer_id,
  })
  const emallOrders = createEmallOrdersStep({
    orders,
    purchasing_unit_org_id: input.purchasing_unit_org_id,
    customer_id: input.customer_id,
    cart_id: input.cart_id,
  })
  const orderIds = transform({ orders }, ({ orders }) => orders.map((o) => o.order_id))
  completeEmallCartStep({ cart_id: input.cart_id, order_ids: orderIds })
  const events = transform({ emallOrders }, ({ emallOrders }) =>
    emallOrders.map((o: any) => ({ id: o.id, order_id: o.order_id, supplier_org_id: o.supplier_org_id }))
  )
  emitEventStep({ eventName: EmallEvents.ORDER_PLACED, data: events })
  when("emall-unlock-cart", { input }, ({ input }) => !!input.cart_id).then(() => {
    releaseLockStep({ key: lockKey })
  })
  return new WorkflowResponse({ orders: emallOrders, payments })
})
