import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { placeSupplierOrdersWorkflow } from "../../../../../../workflows/place-supplier-orders"
import { purchasingUnitOf } from "../../../../../policies"
import { emallOrdersWithOrders, loadOwnCart } from "../../../helpers"
import type { StoreCompleteEmallCartType } from "../../../validators"

/**
 * Completes an e-mall cart: one Medusa order per supplier, each authorized with the payment
 * chosen for the cart (`payment` in the body, else the cart's latest payment session), all or
 * nothing. A decline answers 400 `payment_authorization_error` with the provider's reason and
 * leaves the cart open and no order behind.
 */
export const POST = async (req: AuthenticatedMedusaRequest<StoreCompleteEmallCartType>, res: MedusaResponse) => {
  const cart = await loadOwnCart(req, req.params.id)
  const items: any[] = cart.items ?? []
  if (!items.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `items: cart ${cart.id} is empty`)
  }
  items.forEach((item, i) => {
    if (!item.metadata?.offer_id) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `items[${i}]: line ${item.id} is not an e-mall offer line`)
    }
  })
  if (!cart.shipping_address) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `shipping_address: cart ${cart.id} has no shipping address`)
  }
  const sessions = [...(cart.payment_collection?.payment_sessions ?? [])].sort(
    (a: any, b: any) => new Date(b.created_at).getTime() - new Date(a.created_at).getTime()
  )
  const payment = req.validatedBody.payment ?? (sessions[0] && { provider_id: sessions[0].provider_id, data: sessions[0].data ?? {} })
  if (!payment) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "payment: choose a payment provider (payment.provider_id) or create a payment session first")
  }
  const { result } = await placeSupplierOrdersWorkflow(req.scope).run({
    input: {
      lines: items.map((item) => ({ offer_id: item.metadata.offer_id, quantity: Number(item.quantity) })),
      field_prefix: "items",
      region_code: cart.shipping_address.metadata?.region_code ?? null,
      payment,
      region_id: cart.region_id,
      sales_channel_id: cart.sales_channel_id,
      currency_code: cart.currency_code,
      email: cart.email,
      customer_id: cart.customer_id,
      shipping_address: cart.shipping_address,
      billing_address: cart.billing_address ?? cart.shipping_address,
      purchasing_unit_org_id: purchasingUnitOf(req),
      cart_id: cart.id,
    },
  })
  const { emall_orders } = await emallOrdersWithOrders(req, { id: result.orders.map((o: any) => o.id) }, { take: 100, skip: 0 })
  res.json({ type: "orders", emall_orders })
}
