import { describe, expect, it } from "vitest"
import {
  closeOpeningProblem,
  isOpeningWindowOpen,
  openingOptions,
  openingProblem,
  openingWindowCloses,
  submissionProblem,
} from "./opening-window"

const deadline = new Date("2026-11-22T15:59:59.999Z")
const before = new Date("2026-11-22T15:59:59.998Z")
const at = new Date("2026-11-22T15:59:59.999Z")
const sol = (status: string) => ({ id: "sol_1", status, response_deadline: deadline })

describe("submissionProblem", () => {
  it.each([
    ["published", before, null],
    ["published", at, "has passed"],
    ["closed", before, "is closed"],
    ["approved", before, "is approved"],
    ["cancelled", before, "is cancelled"],
  ] as const)("%s at %s → %s", (status, now, expected) => {
    const problem = submissionProblem(sol(status), now)
    if (expected === null) expect(problem).toBeNull()
    else expect(problem).toContain(expected)
  })
  it("refuses a published solicitation without a deadline", () => {
    expect(submissionProblem({ id: "s", status: "published", response_deadline: null }, before)).toContain("has passed")
  })
})

describe("openingProblem", () => {
  it.each([
    ["published", at, null],
    ["closed", at, null],
    ["published", before, "before its opening time"],
    ["opened", at, "only a published or closed"],
    ["draft", at, "only a published or closed"],
  ] as const)("%s at %s → %s", (status, now, expected) => {
    const problem = openingProblem(sol(status), now)
    if (expected === null) expect(problem).toBeNull()
    else expect(problem).toContain(expected)
  })
})

describe("opening window", () => {
  const opened = new Date("2026-11-23T01:00:00Z")
  const closes = openingWindowCloses(opened, openingOptions(undefined))
  it("lasts 60 minutes by default and takes an option", () => {
    expect(closes.toISOString()).toBe("2026-11-23T02:00:00.000Z")
    expect(openingWindowCloses(opened, openingOptions({ openingWindowMinutes: 30 })).toISOString()).toBe("2026-11-23T01:30:00.000Z")
  })
  it.each([4, 1441, 1.5, "60", false])("refuses the option %s", (value) => {
    expect(() => openingOptions({ openingWindowMinutes: value })).toThrow("openingWindowMinutes")
  })
  it("takes keys until it closes, or until closed early", () => {
    expect(isOpeningWindowOpen({ window_closes_at: closes, closed_at: null }, new Date(closes.getTime() - 1))).toBe(true)
    expect(isOpeningWindowOpen({ window_closes_at: closes, closed_at: null }, closes)).toBe(false)
    expect(isOpeningWindowOpen({ window_closes_at: closes, closed_at: opened }, opened)).toBe(false)
  })
  it("closes at its end, or earlier only when nothing is left to decrypt", () => {
    const o = { solicitation_id: "sol_1", window_closes_at: closes, closed_at: null }
    expect(closeOpeningProblem(o, 2, new Date(closes.getTime() - 1))).toContain("2 response(s) are not decrypted yet")
    expect(closeOpeningProblem(o, 0, new Date(closes.getTime() - 1))).toBeNull()
    expect(closeOpeningProblem(o, 2, closes)).toBeNull()
    expect(closeOpeningProblem({ ...o, closed_at: closes }, 0, closes)).toContain("already closed")
  })
})
