import { describe, expect, it } from "vitest"
import { createWorkingDayCalendar, weekdaysOnly } from "@govmall/procurement-core/domain/working-days"
import { filingDueAt, signingDeadline, signingWarningDue, termEndsAt } from "./agreement-schedule"

const calendar = createWorkingDayCalendar({ baseIsWorkday: weekdaysOnly })

describe("agreement schedule", () => {
  it("gives 30 calendar days from the shortlist notice, to the end of the Shanghai day", () => {
    expect(signingDeadline(new Date("2027-01-04T10:00:00+08:00"), calendar).toISOString()).toBe("2027-02-03T15:59:59.999Z")
  })

  it("files within 7 working days of signing (weekends skipped)", () => {
    // Friday 2027-01-08 + 7 working days = Tuesday 2027-01-19.
    expect(filingDueAt(new Date("2027-01-08T10:00:00+08:00"), calendar).toISOString()).toBe("2027-01-19T15:59:59.999Z")
  })

  it.each([
    ["2027-01-10T09:00:00+08:00", 12, "2028-01-09T16:00:00.000Z"],
    ["2027-01-31T23:30:00+08:00", 1, "2027-02-28T16:00:00.000Z"],
    ["2027-12-31T01:00:00+08:00", 24, "2029-12-30T16:00:00.000Z"],
  ])("a term from %s for %i months ends at %s", (from, months, end) => {
    expect(termEndsAt(new Date(from), months).toISOString()).toBe(end)
  })

  it("refuses a term of no months", () => {
    expect(() => termEndsAt(new Date(), 0)).toThrow("term_months")
  })

  it.each([
    [6 * 24, null, null],
    [5 * 24, null, "deadline_approaching"],
    [1, null, "deadline_approaching"],
    [1, new Date(), null],
    [-1, null, null],
  ] as const)("warns with %i hours left (warned before: %s) → %s", (hours, warned, expected) => {
    const deadline = new Date("2027-02-03T15:59:59.999Z")
    const now = new Date(deadline.getTime() - hours * 3600 * 1000)
    expect(signingWarningDue({ now, deadline, warned_at: warned })).toBe(expected)
  })
})
