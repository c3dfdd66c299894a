/**
 * Lifecycle of a supplier's offer (listing) in the e-mall, as one transition table.
 *
 *   draft ──submit──▶ pending_review ──approve──▶ approved ──price increase──▶ pending_review
 *                         │    ▲   │                 │
 *                  reject │    │   └─ delist ──┐     │ delist (certificate expired /
 *                         ▼    │               ▼     ▼  over-price not lowered / withdrawn)
 *                       rejected                  delisted ──resubmit──▶ pending_review
 *
 * pending_review → delisted: an over-price report expiring while the offer awaits review, or
 * the supplier withdrawing its submission.
 *
 * Only `approved` offers are visible to purchasers.
 */
import {
  assertTransition,
  canTransition,
  checkTransitions,
  type Transitions,
} from "@govmall/procurement-core/domain/state-machine"

export const OFFER_STATUSES = ["draft", "pending_review", "approved", "rejected", "delisted"] as const
export type OfferStatus = (typeof OFFER_STATUSES)[number]

export const OFFER_INITIAL_STATUS: OfferStatus = "draft"

export const OFFER_TRANSITIONS: Transitions<OfferStatus> = {
  draft: { to: ["pending_review"] },
  // → delisted: an upheld price report that expires while the offer awaits review (the supplier
  // raised the price or withdrew and resubmitted) must still take it off; the supplier may also
  // withdraw a submission.
  pending_review: { to: ["approved", "rejected", "delisted"] },
  approved: { to: ["pending_review", "delisted"] },
  rejected: { to: ["pending_review"] },
  delisted: { to: ["pending_review"] },
}

/** Why an approved offer was taken off the catalog. */
export const DELIST_REASONS = [
  "certificate_expired",
  "over_price_not_lowered",
  "supplier_withdrew",
] as const
export type DelistReason = (typeof DELIST_REASONS)[number]

/** Statuses in which purchasers see the offer. */
export const VISIBLE_OFFER_STATUSES: readonly OfferStatus[] = ["approved"]

export function isOfferStatus(value: unknown): value is OfferStatus {
  return typeof value === "string" && (OFFER_STATUSES as readonly string[]).includes(value)
}

export function canTransitionOffer(from: OfferStatus, to: OfferStatus): boolean {
  return canTransition(OFFER_TRANSITIONS, from, to)
}

/** Throws InvalidTransitionError (kind `not_allowed`) naming the offer and both states. */
export function assertOfferTransition(from: OfferStatus, to: OfferStatus, offerId = "offer"): void {
  assertTransition(OFFER_TRANSITIONS, from, to, `offer ${offerId}`)
}

/** Problems with the table (unreachable states, dangling targets); empty when sound. */
export function offerTransitionProblems(): string[] {
  return checkTransitions(OFFER_TRANSITIONS, OFFER_INITIAL_STATUS)
}
