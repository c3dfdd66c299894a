import { describe, expect, it } from "vitest"
import {
  ANNOUNCEMENT_INITIAL_STATUS,
  ANNOUNCEMENT_STATUSES,
  ANNOUNCEMENT_TRANSITIONS,
  ANNOUNCEMENT_TYPES,
  assertTransition,
  canTransition,
  isAnnouncementStatus,
  PUBLIC_ANNOUNCEMENT_STATUSES,
} from "./announcement-lifecycle"
import { InvalidTransitionError, isDomainError } from "./domain-error"
import { checkTransitions, reachableStates } from "./state-machine"

describe("announcement transition table", () => {
  it.each([
    ["draft", "published", true],
    ["published", "withdrawn", true],
    ["draft", "withdrawn", false],
    ["draft", "draft", false],
    ["published", "draft", false],
    ["published", "published", false],
    ["withdrawn", "published", false],
    ["withdrawn", "draft", false],
    ["withdrawn", "withdrawn", false],
  ] as const)("%s → %s allowed: %s", (from, to, allowed) => {
    expect(canTransition(from, to)).toBe(allowed)
    if (allowed) {
      expect(() => assertTransition(from, to, "ann_1")).not.toThrow()
    } else {
      expect(() => assertTransition(from, to, "ann_1")).toThrow(InvalidTransitionError)
    }
  })

  it("covers every status, every state is reachable from draft, withdrawn is final", () => {
    expect(Object.keys(ANNOUNCEMENT_TRANSITIONS).sort()).toEqual([...ANNOUNCEMENT_STATUSES].sort())
    expect(checkTransitions(ANNOUNCEMENT_TRANSITIONS, ANNOUNCEMENT_INITIAL_STATUS)).toEqual([])
    expect(reachableStates(ANNOUNCEMENT_TRANSITIONS, "draft")).toEqual(["draft", "published", "withdrawn"])
    expect(reachableStates(ANNOUNCEMENT_TRANSITIONS, "withdrawn")).toEqual(["withdrawn"])
    expect(reachableStates(ANNOUNCEMENT_TRANSITIONS, "published")).not.toContain("draft")
  })

  it("names the record, both states and the allowed ones", () => {
    expect(() => assertTransition("draft", "withdrawn", "ann_42")).toThrow(
      'announcement ann_42 cannot go from "draft" to "withdrawn"; from "draft" it can go to "published"'
    )
    expect(() => assertTransition("withdrawn", "published", "ann_42")).toThrow(
      'from "withdrawn" it can go to nothing (final state)'
    )
  })

  it("throws a domain error of kind not_allowed", () => {
    try {
      assertTransition("withdrawn", "published")
      expect.unreachable()
    } catch (error) {
      expect(isDomainError(error)).toBe(true)
      expect(error).toMatchObject({ kind: "not_allowed", from: "withdrawn", to: "published" })
    }
  })

  it("lists the public statuses and the types", () => {
    expect(PUBLIC_ANNOUNCEMENT_STATUSES).toEqual(["published", "withdrawn"])
    expect(ANNOUNCEMENT_TYPES).toEqual(
      expect.arrayContaining(["solicitation_notice", "clarification", "shortlist", "award_result", "contract", "summary"])
    )
    expect(isAnnouncementStatus("draft")).toBe(true)
    expect(isAnnouncementStatus("deleted")).toBe(false)
  })
})
