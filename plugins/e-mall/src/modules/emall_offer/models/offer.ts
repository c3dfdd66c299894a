import { model } from "@medusajs/framework/utils"
import { DELIST_REASONS, OFFER_STATUSES } from "../../../domain/offer-lifecycle"
import OfferCertificate from "./offer-certificate"
import OfferPriceChange from "./offer-price-change"
import PriceReport from "./price-report"

/**
 * A supplier's offer on one catalog product (Medusa product; joined by the link in
 * src/links/product-offer.ts, and kept here as product_id for the lean SQL read path).
 * Prices are integer fen in a PostgreSQL integer column (see domain/check-offer-price.ts).
 */
const Offer = model
  .define("offer", {
    id: model.id({ prefix: "offer" }).primaryKey(),
    product_id: model.text(),
    /** procurement-core organization of kind supplier (loose reference, no foreign key). */
    supplier_org_id: model.text(),
    price_fen: model.number(),
    stock: model.number().default(0),
    /** 6-digit administrative codes; 100000 = nationwide (domain/region-codes.ts). */
    delivery_region_codes: model.array(),
    lead_time_days: model.number(),
    warranty_months: model.number().default(0),
    status: model.enum([...OFFER_STATUSES]).default("draft"),
    /** Reason of the last rejection or delisting, shown to the supplier. */
    status_reason: model.text().nullable(),
    delist_reason: model.enum([...DELIST_REASONS]).nullable(),
    submitted_at: model.dateTime().nullable(),
    approved_at: model.dateTime().nullable(),
    rejected_at: model.dateTime().nullable(),
    delisted_at: model.dateTime().nullable(),
    reviewed_by: model.text().nullable(),
    created_by: model.text(),
    certificates: model.hasMany(() => OfferCertificate, { mappedBy: "offer" }),
    price_changes: model.hasMany(() => OfferPriceChange, { mappedBy: "offer" }),
    price_reports: model.hasMany(() => PriceReport, { mappedBy: "offer" }),
    metadata: model.json().nullable(),
  })
  .cascades({ delete: ["certificates", "price_changes"] })
  .indexes([
    // One listing of a product per supplier (Zhejiang 2025: no duplicate listings).
    { on: ["product_id", "supplier_org_id"], unique: true },
    { on: ["product_id", "status", "price_fen"] },
    { on: ["supplier_org_id", "status"] },
    { on: ["status", "submitted_at"] },
    { on: ["delivery_region_codes"], type: "GIN" },
  ])

export default Offer
