import { describe, expect, it } from "vitest"
import {
  assertResponseTransition,
  canTransitionResponse,
  FINAL_RESPONSE_STATUSES,
  RESPONSE_STATUSES,
  responseTransitionProblems,
  type ResponseStatus,
} from "./response-lifecycle"

const ALLOWED: Array<[ResponseStatus, ResponseStatus]> = [
  ["draft", "submitted"],
  ["submitted", "withdrawn"],
  ["submitted", "opened"],
  ["submitted", "invalid"],
  ["opened", "qualified"],
  ["opened", "disqualified"],
  ["qualified", "shortlisted"],
  ["qualified", "eliminated"],
]

describe("response lifecycle", () => {
  it("has every state reachable from draft and no dangling target", () => {
    expect(responseTransitionProblems()).toEqual([])
  })

  const allPairs = RESPONSE_STATUSES.flatMap((from) =>
    RESPONSE_STATUSES.map((to) => [from, to] as const)
  )
  it.each(allPairs)("%s → %s follows the table", (from, to) => {
    const allowed = ALLOWED.some(([f, t]) => f === from && t === to)
    expect(canTransitionResponse(from, to)).toBe(allowed)
    if (allowed) {
      expect(() => assertResponseTransition(from, to, "resp_1")).not.toThrow()
    } else {
      expect(() => assertResponseTransition(from, to, "resp_1")).toThrow(
        /response resp_1 cannot go from/
      )
    }
  })

  it("has exactly the documented final states", () => {
    expect([...FINAL_RESPONSE_STATUSES].sort()).toEqual(
      ["disqualified", "eliminated", "invalid", "shortlisted", "withdrawn"].sort()
    )
  })

  it("refuses withdrawing an opened response with a not_allowed error", () => {
    try {
      assertResponseTransition("opened", "withdrawn", "resp_9")
      expect.unreachable()
    } catch (error: any) {
      expect(error.kind).toBe("not_allowed")
      expect(error.message).toBe(
        'response resp_9 cannot go from "opened" to "withdrawn"; from "opened" it can go to "qualified", "disqualified"'
      )
    }
  })
})
