import { describe, expect, it } from "vitest"
import {
  assertOfferTransition,
  canTransitionOffer,
  OFFER_STATUSES,
  offerTransitionProblems,
  type OfferStatus,
} from "./offer-lifecycle"

const ALLOWED: Array<[OfferStatus, OfferStatus]> = [
  ["draft", "pending_review"],
  ["pending_review", "approved"],
  ["pending_review", "rejected"],
  ["pending_review", "delisted"],
  ["approved", "pending_review"],
  ["approved", "delisted"],
  ["rejected", "pending_review"],
  ["delisted", "pending_review"],
]

describe("offer lifecycle", () => {
  it("has every state reachable from draft and no dangling target", () => {
    expect(offerTransitionProblems()).toEqual([])
  })

  const allPairs = OFFER_STATUSES.flatMap((from) => OFFER_STATUSES.map((to) => [from, to] as const))
  it.each(allPairs)("%s → %s follows the table", (from, to) => {
    const allowed = ALLOWED.some(([f, t]) => f === from && t === to)
    expect(canTransitionOffer(from, to)).toBe(allowed)
    if (allowed) {
      expect(() => assertOfferTransition(from, to, "offer_1")).not.toThrow()
    } else {
      expect(() => assertOfferTransition(from, to, "offer_1")).toThrow(/offer offer_1 cannot go from/)
    }
  })

  it("refuses approving a draft with a not_allowed error naming both states", () => {
    try {
      assertOfferTransition("draft", "approved", "offer_9")
      expect.unreachable()
    } catch (error: any) {
      expect(error.kind).toBe("not_allowed")
      expect(error.message).toBe(
        'offer offer_9 cannot go from "draft" to "approved"; from "draft" it can go to "pending_review"'
      )
    }
  })
})
