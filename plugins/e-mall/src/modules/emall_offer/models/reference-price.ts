import { model } from "@medusajs/framework/utils"

/** The lowest known market price of a product, recorded by the agency; caps every offer. */
const ReferencePrice = model
  .define("reference_price", {
    id: model.id({ prefix: "refp" }).primaryKey(),
    product_id: model.text(),
    price_fen: model.number(),
    /** Where the price was seen, e.g. "manufacturer list price" or a shop URL. */
    source: model.text(),
    note: model.text().nullable(),
    recorded_by: model.text(),
    recorded_at: model.dateTime(),
  })
  .indexes([{ on: ["product_id"], unique: true }])

export default ReferencePrice
