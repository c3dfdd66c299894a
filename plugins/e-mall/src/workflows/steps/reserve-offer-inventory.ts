import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CreatedSupplierOrder } from "./create-supplier-orders"

export const reserveOfferInventoryStepId = "emall-reserve-offer-inventory"

/**
 * Reserves stock for every order line at a stock location of the sales channel (variants that
 * manage inventory; Medusa's inventory module refuses more than is available). Compensation
 * deletes the reservations.
 */
export const reserveOfferInventoryStep = createStep(
  reserveOfferInventoryStepId,
  async (input: { orders: CreatedSupplierOrder[]; sales_channel_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const lines = input.orders.flatMap((o) => o.items)
    const variantIds = [...new Set(lines.map((l) => l.variant_id))]
    const [{ data: variants }, { data: channels }] = await Promise.all([
      query.graph({
        entity: "variant",
        fields: ["id", "manage_inventory", "allow_backorder", "inventory_items.inventory_item_id", "inventory_items.required_quantity"],
        filters: { id: variantIds },
      }),
      query.graph({ entity: "sales_channel", fields: ["id", "stock_locations.id"], filters: { id: input.sales_channel_id } }),
    ])
    const locationIds: string[] = (channels[0]?.stock_locations ?? []).map((l: any) => l.id)
    const variantById = new Map(variants.map((v: any) => [v.id, v]))
    const reservations: any[] = []
    for (const line of lines) {
      const variant: any = variantById.get(line.variant_id)
      if (!variant?.manage_inventory) continue
      if (!locationIds.length) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `sales channel ${input.sales_channel_id} has no stock location`)
      }
      for (const link of variant.inventory_items ?? []) {
        reservations.push({
          line_item_id: line.id,
          inventory_item_id: link.inventory_item_id,
          location_id: locationIds[0],
          quantity: Number(link.required_quantity ?? 1) * line.quantity,
          allow_backorder: !!variant.allow_backorder,
        })
      }
    }
    if (!reservations.length) {
      return new StepResponse([], [] as string[])
    }
    const inventory = container.resolve(Modules.INVENTORY)
    const locking = container.resolve(Modules.LOCKING)
    const keys = [...new Set(reservations.map((r) => r.inventory_item_id))]
    const created = await locking.execute(keys, async () => await inventory.createReservationItems(reservations))
    const ids = (created as any[]).map((r) => r.id)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve(Modules.INVENTORY).deleteReservationItems(ids)
  }
)
