import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { procurementClock } from "@govmall/procurement-core/modules/procurement_clock"
import { confirmDeadline, confirmHoursFromEnv } from "../../domain/emall-order-lifecycle"
import { EMALL_OFFER_MODULE } from "../../modules/emall_offer"
import type EmallOfferService from "../../modules/emall_offer/service"
import type { CreatedSupplierOrder } from "./create-supplier-orders"

export const createEmallOrdersStepId = "emall-create-emall-orders"

/**
 * The order ↔ supplier relation: one `emall_order` row per Medusa order, pending the
 * supplier's confirmation until `confirm_by` (business clock + EMALL_ORDER_CONFIRM_HOURS,
 * default 48 h). The rows and the offers' stock decrement are one transaction
 * (`placeEmallOrders`): a purchase that finds too little stock left fails here and the
 * workflow rolls back. Compensation deletes the rows and returns the stock.
 */
export const createEmallOrdersStep = createStep(
  createEmallOrdersStepId,
  async (
    input: { orders: CreatedSupplierOrder[]; purchasing_unit_org_id: string | null; customer_id: string; cart_id?: string | null },
    { container }
  ) => {
    const service = container.resolve(EMALL_OFFER_MODULE) as EmallOfferService
    const confirmBy = confirmDeadline(procurementClock.now(), confirmHoursFromEnv())
    const rows = await service.placeEmallOrders(
      input.orders.map((o) => ({
        order_id: o.order_id,
        supplier_org_id: o.supplier_org_id,
        purchasing_unit_org_id: input.purchasing_unit_org_id,
        customer_id: input.customer_id,
        cart_id: input.cart_id ?? null,
        offer_ids: o.offer_ids,
        offer_quantities: o.offer_quantities,
        total_fen: o.total_fen,
        confirm_by: confirmBy,
      }))
    )
    const ids = (rows as any[]).map((r) => r.id)
    return new StepResponse(rows as any[], ids)
  },
  async (ids, { container }) => {
    if (ids?.length) await (container.resolve(EMALL_OFFER_MODULE) as EmallOfferService).discardEmallOrders(ids)
  }
)

export const completeEmallCartStepId = "emall-complete-cart"

/** Marks the cart completed (its orders are in `metadata.emall_order_ids`). */
export const completeEmallCartStep = createStep(
  completeEmallCartStepId,
  async (input: { cart_id?: string | null; order_ids: string[] }, { container }) => {
    if (!input.cart_id) return new StepResponse(null, null)
    const cartModule = container.resolve(Modules.CART)
    const before = await cartModule.retrieveCart(input.cart_id, { select: ["id", "metadata"] })
    await cartModule.updateCarts(input.cart_id, {
      completed_at: procurementClock.now(),
      metadata: { ...(before.metadata ?? {}), emall_order_ids: input.order_ids },
    } as any)
    return new StepResponse(input.cart_id, { id: input.cart_id, metadata: before.metadata ?? null })
  },
  async (before, { container }) => {
    if (!before) return
    await container.resolve(Modules.CART).updateCarts(before.id, { completed_at: null, metadata: before.metadata } as any)
  }
)
