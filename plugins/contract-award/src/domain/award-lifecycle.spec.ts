import { describe, expect, it } from "vitest"
import {
  assertAwardTransition,
  assertMethodAllowed,
  AWARD_STATUSES,
  awardTransitionProblems,
  canTransitionAward,
  confirmationDeadline,
  confirmationOverdue,
  passAward,
  type AwardHolder,
  type AwardStatus,
} from "./award-lifecycle"

const ALLOWED: Array<[AwardStatus, AwardStatus]> = [
  ["draft", "selecting"],
  ["draft", "bidding"],
  ["draft", "rotating"],
  ["draft", "cancelled"],
  ["selecting", "awarded"],
  ["selecting", "cancelled"],
  ["bidding", "awarded"],
  ["bidding", "failed"],
  ["bidding", "cancelled"],
  ["rotating", "awarded"],
  ["rotating", "failed"],
  ["rotating", "cancelled"],
  ["awarded", "awarded"],
  ["awarded", "contracted"],
  ["awarded", "failed"],
  ["awarded", "cancelled"],
  ["contracted", "closed"],
  ["contracted", "cancelled"],
]

describe("award request lifecycle", () => {
  it("has every state reachable from draft and no dangling target", () => {
    expect(awardTransitionProblems()).toEqual([])
  })

  const allPairs = AWARD_STATUSES.flatMap((from) => AWARD_STATUSES.map((to) => [from, to] as const))
  it.each(allPairs)("%s → %s follows the table", (from, to) => {
    const allowed = ALLOWED.some(([f, t]) => f === from && t === to)
    expect(canTransitionAward(from, to)).toBe(allowed)
    if (allowed) {
      expect(() => assertAwardTransition(from, to, "awr_1")).not.toThrow()
    } else {
      expect(() => assertAwardTransition(from, to, "awr_1")).toThrow(/award request awr_1 cannot go from/)
    }
  })

  it("refuses a method the agreement does not allow, naming it", () => {
    expect(() => assertMethodAllowed("rotation", ["direct_selection"])).toThrow(
      'method "rotation" is not allowed by this framework agreement; allowed: "direct_selection"'
    )
    expect(() => assertMethodAllowed("second_round_bidding", ["direct_selection", "second_round_bidding"])).not.toThrow()
  })
})

describe("confirmation window (default 72 h)", () => {
  const awardedAt = new Date("2026-03-02T10:00:00+08:00")
  it("ends 72 h after the award; the deadline instant itself is still in time", () => {
    expect(confirmationDeadline(awardedAt).toISOString()).toBe("2026-03-05T02:00:00.000Z")
    expect(confirmationOverdue(awardedAt, new Date("2026-03-05T02:00:00.000Z"))).toBe(false)
    expect(confirmationOverdue(awardedAt, new Date("2026-03-05T02:00:00.001Z"))).toBe(true)
  })
  it("is configurable and refuses a non-positive window", () => {
    expect(confirmationDeadline(awardedAt, 24).toISOString()).toBe("2026-03-03T02:00:00.000Z")
    expect(() => confirmationDeadline(awardedAt, 0)).toThrow(/confirm_hours must be a positive number/)
  })
})

describe("passAward: the runner-up path", () => {
  const now = new Date("2026-03-05T03:00:00Z")
  const award: AwardHolder = {
    status: "awarded",
    supplier_id: "sup_a",
    candidates: ["sup_a", "sup_b", "sup_c"],
    passed_over: [],
  }

  it("passes to the next candidate, recording who was passed over and why", () => {
    const next = passAward(award, "not_confirmed", now)
    expect(next.status).toBe("awarded")
    expect(next.supplier_id).toBe("sup_b")
    expect(next.passed_over).toEqual([{ supplier_id: "sup_a", reason: "not_confirmed", at: now }])
    expect(award.passed_over).toEqual([]) // input untouched
  })

  it("fails the request when nobody is left", () => {
    const last = passAward(passAward(award, "not_confirmed", now), "declined", now)
    expect(last.supplier_id).toBe("sup_c")
    const failed = passAward(last, "not_confirmed", now)
    expect(failed).toMatchObject({ status: "failed", supplier_id: null })
    expect(failed.passed_over.map((p) => p.supplier_id)).toEqual(["sup_a", "sup_b", "sup_c"])
  })

  it("refuses a request that is not awarded", () => {
    expect(() => passAward({ ...award, status: "contracted" }, "declined", now)).toThrow(
      /only an awarded request can pass to the runner-up; this one is "contracted"/
    )
  })
})
