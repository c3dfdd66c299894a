import { model } from "@medusajs/framework/utils"
import { EMALL_ORDER_STATUSES } from "../../../domain/emall-order-lifecycle"

/**
 * The e-mall side of one Medusa order: which supplier fulfils it, which purchasing unit bought
 * it, and the supplier's confirmation. One row per Medusa order (`order_id`, loose reference:
 * modules hold no foreign keys); `offer_ids` are the offers the order was placed on.
 */
const EmallOrder = model
  .define("emall_order", {
    id: model.id({ prefix: "emord" }).primaryKey(),
    order_id: model.text(),
    supplier_org_id: model.text(),
    purchasing_unit_org_id: model.text().nullable(),
    customer_id: model.text().nullable(),
    cart_id: model.text().nullable(),
    offer_ids: model.array(),
    /** Units per offer (`{ offer_…: 2 }`): what the order took from `offer.stock` and gives back on decline / cancel. */
    offer_quantities: model.json().nullable(),
    total_fen: model.number(),
    status: model.enum([...EMALL_ORDER_STATUSES]).default("pending_confirmation"),
    /** The supplier must confirm before this instant (business clock), else the order is cancelled. */
    confirm_by: model.dateTime(),
    confirmed_at: model.dateTime().nullable(),
    declined_at: model.dateTime().nullable(),
    cancelled_at: model.dateTime().nullable(),
    /** Decline reason, or why the platform cancelled it (`confirmation_overdue`). */
    reason: model.text().nullable(),
    decided_by: model.text().nullable(),
  })
  .indexes([
    { on: ["order_id"], unique: true },
    { on: ["supplier_org_id", "status"] },
    { on: ["purchasing_unit_org_id", "status"] },
    { on: ["status", "confirm_by"] },
  ])

export default EmallOrder
