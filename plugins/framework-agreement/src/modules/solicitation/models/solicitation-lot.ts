import { model } from "@medusajs/framework/utils"
import Solicitation from "./solicitation"

/** A lot (采购包) of a solicitation; money in integer fen (the budget as numeric: lots exceed ¥21 M). */
const SolicitationLot = model
  .define("solicitation_lot", {
    id: model.id({ prefix: "sollot" }).primaryKey(),
    /** 1-based order in the plan, shown as 采购包 1, 2 … */
    position: model.number(),
    name: model.text(),
    specification: model.text(),
    kind: model.enum(["goods", "services"]),
    quantity_estimate: model.number(),
    unit: model.text(),
    budget_fen: model.bigNumber(),
    max_unit_price_fen: model.number(),
    consumables_price_required: model.boolean().default(false),
    deposit_fen: model.number().default(0),
    solicitation: model.belongsTo(() => Solicitation, { mappedBy: "lots" }),
  })
  .indexes([{ on: ["solicitation_id", "position"] }])

export default SolicitationLot
