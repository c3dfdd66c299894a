import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { placeSupplierOrdersWorkflow } from "../../../../workflows/place-supplier-orders"
import { purchasingUnitOf } from "../../../policies"
import { keySalesChannelIds } from "../../../utils/key-sales-channels"
import { emallOrdersWithOrders } from "../helpers"
import type { StoreDirectPurchaseType } from "../validators"

/**
 * One-request direct purchase (直购): offer + quantity + address + payment → the Medusa order
 * with inventory reserved and payment authorized, no cart. Same rules as the cart; the region
 * is the one selling in CNY, the sales channel the publishable key's.
 */
export const POST = async (req: AuthenticatedMedusaRequest<StoreDirectPurchaseType>, res: MedusaResponse) => {
  const body = req.validatedBody
  const customerId = req.auth_context.actor_id
  const { regionId, email, salesChannelId } = await purchaseContext(req, customerId)
  const { result } = await placeSupplierOrdersWorkflow(req.scope).run({
    input: {
      lines: [{ offer_id: body.offer_id, quantity: body.quantity }],
      field_prefix: "",
      region_code: body.shipping_address.metadata?.region_code ?? null,
      payment: body.payment,
      region_id: regionId,
      sales_channel_id: salesChannelId,
      currency_code: "cny",
      email: body.email ?? email,
      customer_id: customerId,
      shipping_address: body.shipping_address,
      billing_address: body.shipping_address,
      purchasing_unit_org_id: purchasingUnitOf(req),
    },
  })
  const { emall_orders } = await emallOrdersWithOrders(req, { id: result.orders.map((o: any) => o.id) }, { take: 10, skip: 0 })
  res.status(201).json({ type: "orders", emall_orders })
}

async function purchaseContext(req: AuthenticatedMedusaRequest, customerId: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const channelIds = keySalesChannelIds(req)
  if (!channelIds.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "x-publishable-api-key: the key has no sales channel")
  }
  const [{ data: customers }, regionId] = await Promise.all([
    query.graph({ entity: "customer", fields: ["id", "email"], filters: { id: customerId } }),
    query
      .graph({ entity: "region", fields: ["id"], filters: { currency_code: "cny" } })
      .then(({ data }) => (data[0]?.id as string | undefined) ?? null),
  ])
  if (!regionId) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "no region sells in CNY")
  }
  return { regionId, email: customers[0]?.email as string, salesChannelId: channelIds[0] }
}
