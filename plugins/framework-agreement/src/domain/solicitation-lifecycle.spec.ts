import { describe, expect, it } from "vitest"
import {
  assertSolicitationTransition,
  canTransitionSolicitation,
  isEditableSolicitation,
  SOLICITATION_STATUSES,
  solicitationTransitionProblems,
  type SolicitationStatus,
} from "./solicitation-lifecycle"

const ALLOWED: Array<[SolicitationStatus, SolicitationStatus]> = [
  ["draft", "submitted"],
  ["draft", "cancelled"],
  ["submitted", "approved"],
  ["submitted", "filed"],
  ["submitted", "returned"],
  ["submitted", "cancelled"],
  ["returned", "submitted"],
  ["returned", "cancelled"],
  ["approved", "published"],
  ["approved", "cancelled"],
  ["filed", "published"],
  ["filed", "cancelled"],
  ["published", "closed"],
  ["published", "cancelled"],
  ["closed", "opened"],
  ["closed", "failed"],
  ["closed", "cancelled"],
  ["opened", "evaluating"],
  ["opened", "failed"],
  ["opened", "cancelled"],
  ["evaluating", "shortlist_published"],
  ["evaluating", "failed"],
  ["evaluating", "cancelled"],
  ["shortlist_published", "concluded"],
  ["shortlist_published", "failed"],
  ["shortlist_published", "cancelled"],
]

describe("solicitation lifecycle", () => {
  it("has every state reachable from draft and no dangling target", () => {
    expect(solicitationTransitionProblems()).toEqual([])
  })

  const allPairs = SOLICITATION_STATUSES.flatMap((from) => SOLICITATION_STATUSES.map((to) => [from, to] as const))
  it.each(allPairs)("%s → %s follows the table", (from, to) => {
    const allowed = ALLOWED.some(([f, t]) => f === from && t === to)
    expect(canTransitionSolicitation(from, to)).toBe(allowed)
    if (allowed) {
      expect(() => assertSolicitationTransition(from, to, "sol_1")).not.toThrow()
    } else {
      expect(() => assertSolicitationTransition(from, to, "sol_1")).toThrow(/solicitation sol_1 cannot go from/)
    }
  })

  it("refuses publishing a plan the regulator has not approved or filed", () => {
    try {
      assertSolicitationTransition("submitted", "published", "sol_9")
      expect.unreachable()
    } catch (error: any) {
      expect(error.kind).toBe("not_allowed")
      expect(error.message).toBe(
        'solicitation sol_9 cannot go from "submitted" to "published"; from "submitted" it can go to "approved", "filed", "returned", "cancelled"'
      )
    }
  })

  it.each([
    ["draft", true],
    ["returned", true],
    ["submitted", false],
    ["approved", false],
    ["published", false],
  ] as const)("%s is editable: %s", (status, editable) => {
    expect(isEditableSolicitation(status)).toBe(editable)
  })

  it("ends in concluded, failed and cancelled only", () => {
    const finals = SOLICITATION_STATUSES.filter((s) => SOLICITATION_STATUSES.every((t) => !canTransitionSolicitation(s, t)))
    expect(finals).toEqual(["concluded", "failed", "cancelled"])
  })
})
