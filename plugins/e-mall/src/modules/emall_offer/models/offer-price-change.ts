import { model } from "@medusajs/framework/utils"
import Offer from "./offer"

/** Price history of an offer: one row per price set (creation included). */
const OfferPriceChange = model
  .define("offer_price_change", {
    id: model.id({ prefix: "opc" }).primaryKey(),
    old_price_fen: model.number().nullable(),
    new_price_fen: model.number(),
    /** new / increase / decrease / unchanged (domain/check-offer-price.ts). */
    change: model.text(),
    needs_review: model.boolean(),
    changed_at: model.dateTime(),
    changed_by: model.text(),
    reason: model.text().nullable(),
    offer: model.belongsTo(() => Offer, { mappedBy: "price_changes" }),
  })
  .indexes([{ on: ["offer_id", "changed_at"] }])

export default OfferPriceChange
