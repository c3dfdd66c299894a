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
} as const
