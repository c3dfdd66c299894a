import { model } from "@medusajs/framework/utils"
import { PRICE_REPORT_STATUSES } from "../../../domain/price-report-lifecycle"
import Offer from "./offer"

/**
 * A purchaser's report of an over-priced offer (lifecycle: domain/price-report-lifecycle.ts).
 * The agency upholds it with a target price (the supplier must lower the price to it by
 * `lower_by`, else the offer is delisted) or dismisses it. The reporter's identity
 * (reporter_*) is never shown to the supplier.
 */
const PriceReport = model
  .define("price_report", {
    id: model.id({ prefix: "prep" }).primaryKey(),
    reporter_actor_type: model.text(),
    reporter_actor_id: model.text(),
    /** The reporter's purchasing unit (procurement-core organization). */
    reporter_org_id: model.text().nullable(),
    /** The offer's supplier organization, copied at report time (an offer never changes supplier). */
    supplier_org_id: model.text(),
    /** The offer's price when the report was made. */
    reported_price_fen: model.number(),
    evidence_text: model.text(),
    evidence_url: model.text().nullable(),
    /** The lower market price the reporter saw, if any. */
    observed_price_fen: model.number().nullable(),
    status: model.enum([...PRICE_REPORT_STATUSES]).default("open"),
    decided_at: model.dateTime().nullable(),
    decided_by: model.text().nullable(),
    decision_reason: model.text().nullable(),
    /** Upheld: the price the supplier must reach (≤) by lower_by. */
    target_price_fen: model.number().nullable(),
    /** Deadline for the supplier to lower the price (end of a working day, Shanghai). */
    lower_by: model.dateTime().nullable(),
    resolved_at: model.dateTime().nullable(),
    /** The price that resolved the report. */
    resolved_price_fen: model.number().nullable(),
    expired_at: model.dateTime().nullable(),
    offer: model.belongsTo(() => Offer, { mappedBy: "price_reports" }),
  })
  .indexes([
    { on: ["status", "lower_by"] },
    { on: ["offer_id", "status"] },
    { on: ["supplier_org_id", "status"] },
    { on: ["reporter_org_id", "status"] },
    // One open or upheld report per offer and purchasing unit (the service says so first).
    {
      on: ["offer_id", "reporter_org_id"],
      unique: true,
      where: "status IN ('open', 'upheld')",
    },
  ])

export default PriceReport
