const REPORT_FIELDS = [
  "id",
  "offer_id",
  "status",
  "reported_price_fen",
  "observed_price_fen",
  "evidence_text",
  "evidence_url",
  "decision_reason",
  "target_price_fen",
  "lower_by",
  "decided_at",
  "resolved_at",
  "resolved_price_fen",
  "expired_at",
  "created_at",
  "offer.id",
  "offer.product_id",
  "offer.price_fen",
  "offer.status",
]

/** What the supplier sees: the decision, target and deadline, never who reported. */
export const SUPPLIER_PRICE_REPORT_FIELDS = [...REPORT_FIELDS]

/** The reporting unit's own reports (the reviewing staff member's id is not shown). */
export const PURCHASER_PRICE_REPORT_FIELDS = [...REPORT_FIELDS, "reporter_org_id", "reporter_actor_id", "supplier_org_id", "offer.supplier_org_id"]

/** The agency sees everything. */
export const ADMIN_PRICE_REPORT_FIELDS = [
  ...PURCHASER_PRICE_REPORT_FIELDS,
  "reporter_actor_type",
  "decided_by",
  "updated_at",
]

export const adminPriceReportListConfig = {
  defaults: ADMIN_PRICE_REPORT_FIELDS,
  allowed: ADMIN_PRICE_REPORT_FIELDS,
  defaultLimit: 20,
  isList: true,
}
