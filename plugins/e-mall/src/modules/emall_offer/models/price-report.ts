import { model } from "@medusajs/framework/utils"
import Offer from "./offer"

/**
 * A purchaser's report of an over-priced offer. The agency upholds it (the supplier must lower
 * the price by `lower_by`, else the offer is delisted) or dismisses it. Flow: next session.
 */
const PriceReport = model
  .define("price_report", {
    id: model.id({ prefix: "prep" }).primaryKey(),
    reporter_actor_type: model.text(),
    reporter_actor_id: model.text(),
    reporter_org_id: model.text().nullable(),
    evidence_text: model.text(),
    evidence_url: model.text().nullable(),
    /** The lower market price the reporter saw, if any. */
    observed_price_fen: model.number().nullable(),
    status: model.enum(["open", "upheld", "dismissed", "resolved", "expired"]).default("open"),
    decided_at: model.dateTime().nullable(),
    decided_by: model.text().nullable(),
    decision_reason: model.text().nullable(),
    /** Deadline for the supplier to lower the price (end of a working day, Shanghai). */
    lower_by: model.dateTime().nullable(),
    resolved_at: model.dateTime().nullable(),
    offer: model.belongsTo(() => Offer, { mappedBy: "price_reports" }),
  })
  .indexes([{ on: ["status", "lower_by"] }, { on: ["offer_id", "status"] }])

export default PriceReport
