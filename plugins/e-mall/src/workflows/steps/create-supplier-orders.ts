import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { SupplierOrderGroup } from "./prepare-supplier-orders"

export type SupplierOrdersContext = {
  region_id: string
  sales_channel_id: string
  currency_code: string
  email: string
  customer_id: string
  shipping_address: Record<string, unknown>
  billing_address?: Record<string, unknown> | null
  purchasing_unit_org_id: string | null
  cart_id?: string | null
}

export type CreatedSupplierOrder = {
  order_id: string
  supplier_org_id: string
  total_fen: number
  offer_ids: string[]
  /** Units per offer, taken from `offer.stock` with the e-mall order row. */
  offer_quantities: Record<string, number>
  items: { id: string; variant_id: string; quantity: number }[]
}

export const createSupplierOrdersStepId = "emall-create-supplier-orders"

/**
 * One Medusa order per supplier group, straight through the order module (no per-order
 * pricing, tax or promotion workflow: the offer price is the price, tax-inclusive, delivery
 * included). Compensation deletes the orders.
 */
export const createSupplierOrdersStep = createStep(
  createSupplierOrdersStepId,
  async (input: { groups: SupplierOrderGroup[]; context: SupplierOrdersContext }, { container }) => {
    const orderModule = container.resolve(Modules.ORDER)
    const { context } = input
    const address = (a: Record<string, unknown> | null | undefined) => {
      if (!a) return undefined
      const { id: _id, created_at: _c, updated_at: _u, deleted_at: _d, customer_id: _cu, ...rest } = a as any
      return rest
    }
    const orders = await orderModule.createOrders(
      input.groups.map((group) => ({
        region_id: context.region_id,
        sales_channel_id: context.sales_channel_id,
        currency_code: context.currency_code,
        email: context.email,
        customer_id: context.customer_id,
        shipping_address: address(context.shipping_address),
        billing_address: address(context.billing_address ?? context.shipping_address),
        metadata: {
          supplier_org_id: group.supplier_org_id,
          purchasing_unit_org_id: context.purchasing_unit_org_id,
          cart_id: context.cart_id ?? null,
        },
        items: group.items.map(({ unit_price_fen: _f, supplier_org_id: _s, ...item }) => item),
      })) as any
    )
    const created: CreatedSupplierOrder[] = (orders as any[]).map((order, i) => ({
      order_id: order.id,
      supplier_org_id: input.groups[i].supplier_org_id,
      total_fen: input.groups[i].total_fen,
      offer_ids: input.groups[i].offer_ids,
      offer_quantities: input.groups[i].items.reduce<Record<string, number>>((sum, item) => {
        sum[item.metadata.offer_id] = (sum[item.metadata.offer_id] ?? 0) + item.quantity
        return sum
      }, {}),
      items: (order.items ?? []).map((it: any) => ({ id: it.id, variant_id: it.variant_id, quantity: Number(it.quantity) })),
    }))
    return new StepResponse(created, created.map((o) => o.order_id))
  },
  async (orderIds, { container }) => {
    if (!orderIds?.length) return
    await container.resolve(Modules.ORDER).deleteOrders(orderIds)
  }
)
