import type { OfferDTO } from "./types"

/**
 * The states an offer created, submitted and approved at once passes through, derived from
 * the approved row: the states `createOffer` (submit) + `approveOffer` audit, so a bulk import
 * writes the same audit entries as the single-offer path.
 */
export function offerStatesThroughApproval(approved: OfferDTO): { draft: OfferDTO; submitted: OfferDTO; approved: OfferDTO } {
  const submitted: OfferDTO = { ...approved, status: "pending_review", approved_at: null, reviewed_by: null }
  const draft: OfferDTO = { ...submitted, status: "draft", submitted_at: null }
  return { draft, submitted, approved }
}
