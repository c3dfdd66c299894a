/** Events the e-mall plugin emits; payload `{ id }` unless noted. */
export const EmallEvents = {
  OFFER_CREATED: "emall.offer_created",
  /** `{ id, status }` — status is pending_review when created with submit. */
  OFFER_SUBMITTED: "emall.offer_submitted",
  OFFER_APPROVED: "emall.offer_approved",
  OFFER_REJECTED: "emall.offer_rejected",
  /** `{ id, old_price_fen, new_price_fen, status }` */
  OFFER_PRICE_CHANGED: "emall.offer_price_changed",
  OFFER_UPDATED: "emall.offer_updated",
  /** `{ id, reason }` */
  OFFER_DELISTED: "emall.offer_delisted",
  /** `{ id, product_id, price_fen }` */
  REFERENCE_PRICE_RECORDED: "emall.reference_price_recorded",
  /** `{ id, order_id, supplier_org_id }` — one per supplier order placed. */
  ORDER_PLACED: "emall.order_placed",
  /** `{ id, order_id, supplier_org_id }` */
  ORDER_CONFIRMED: "emall.order_confirmed",
  /** `{ id, order_id, supplier_org_id, reason }` */
  ORDER_DECLINED: "emall.order_declined",
  /** `{ id, order_id, supplier_org_id, reason }` — e.g. confirmation_overdue */
  ORDER_CANCELLED: "emall.order_cancelled",
  /** `{ id, offer_id }` — a purchaser reported an over-priced offer. */
  PRICE_REPORT_CREATED: "emall.price_report_created",
  /** `{ id, offer_id, target_price_fen, lower_by }` */
  PRICE_REPORT_UPHELD: "emall.price_report_upheld",
  /** `{ id, offer_id }` */
  PRICE_REPORT_DISMISSED: "emall.price_report_dismissed",
  /** `{ id, offer_id, price_fen }` — the supplier lowered the price to the target in time. */
  PRICE_REPORT_RESOLVED: "emall.price_report_resolved",
  /** `{ id, offer_id, offer_delisted }` — the deadline passed; the offer is delisted if listed. */
  PRICE_REPORT_EXPIRED: "emall.price_report_expired",
} as const
