/**
 * The first price-history row of a new offer (change `new`, always reviewed). One builder for
 * the per-offer path (`createOffer`) and the bulk import, so both write the same history.
 */
export function newOfferPriceChange(offerId: string, priceFen: number, changedBy: string, at: Date) {
  return {
    offer_id: offerId,
    old_price_fen: null,
    new_price_fen: priceFen,
    change: "new" as const,
    needs_review: true,
    changed_at: at,
    changed_by: changedBy,
  }
}
