import { describe, expect, it } from "vitest"
import { createChineseDaysCalendar } from "@govmall/procurement-core/domain/chinese-days-calendar"
import {
  clarificationNoticeOption,
  deadlineAfterClarification,
  DEFAULT_CLARIFICATION_NOTICE,
  isBeforeDeadline,
  responseDeadline,
} from "./deadlines"

const calendar = createChineseDaysCalendar()
const at = (iso: string) => new Date(iso)

describe("response deadline", () => {
  it.each([
    // published, window, deadline (end of the day, Shanghai)
    ["2026-11-02T10:00:00+08:00", 20, "2026-11-22T23:59:59.999+08:00"],
    // 23:30 UTC on Nov 1 is already Nov 2 in Shanghai.
    ["2026-11-01T23:30:00Z", 20, "2026-11-22T23:59:59.999+08:00"],
    // Calendar days: the National Day holidays count.
    ["2026-09-20T09:00:00+08:00", 20, "2026-10-10T23:59:59.999+08:00"],
    ["2026-12-20T09:00:00+08:00", 30, "2027-01-19T23:59:59.999+08:00"],
  ])("published %s with a %i-day window → %s", (published, days, expected) => {
    expect(responseDeadline(at(published), days, calendar).getTime()).toBe(at(expected).getTime())
  })

  it("refuses a window that is not a positive whole number", () => {
    expect(() => responseDeadline(at("2026-11-02T10:00:00+08:00"), 0, calendar)).toThrow(/response_window_days/)
    expect(() => responseDeadline(at("2026-11-02T10:00:00+08:00"), 2.5, calendar)).toThrow(/response_window_days/)
  })
})

describe("deadline after a clarification", () => {
  const deadline = at("2026-11-22T23:59:59.999+08:00")
  it.each([
    // answered at, changes documents, notice, expected deadline, extended
    ["2026-11-03T10:00:00+08:00", true, DEFAULT_CLARIFICATION_NOTICE, "2026-11-22T23:59:59.999+08:00", false],
    // 15 days from Nov 7 is Nov 22: exactly enough.
    ["2026-11-07T10:00:00+08:00", true, DEFAULT_CLARIFICATION_NOTICE, "2026-11-22T23:59:59.999+08:00", false],
    ["2026-11-08T10:00:00+08:00", true, DEFAULT_CLARIFICATION_NOTICE, "2026-11-23T23:59:59.999+08:00", true],
    ["2026-11-20T10:00:00+08:00", true, DEFAULT_CLARIFICATION_NOTICE, "2026-12-05T23:59:59.999+08:00", true],
    // Not changing the documents never moves the deadline.
    ["2026-11-20T10:00:00+08:00", false, DEFAULT_CLARIFICATION_NOTICE, "2026-11-22T23:59:59.999+08:00", false],
    // Working days: 3 working days after Fri Nov 20 → Wed Nov 25.
    ["2026-11-20T10:00:00+08:00", true, { days: 3, unit: "working" }, "2026-11-25T23:59:59.999+08:00", true],
    // Working days across National Day: 3 working days after Wed Sep 30 → Oct 8, 9, 10 (Sat, adjusted working day).
    ["2026-09-30T10:00:00+08:00", true, { days: 3, unit: "working" }, "2026-10-10T23:59:59.999+08:00", true],
    ["2026-11-20T10:00:00+08:00", true, { days: 0, unit: "calendar" }, "2026-11-22T23:59:59.999+08:00", false],
  ] as const)("answered %s (changes: %s, %j) → %s", (answered, changes, notice, expected, extended) => {
    const current = answered.startsWith("2026-09") ? at("2026-10-05T23:59:59.999+08:00") : deadline
    const result = deadlineAfterClarification({ current, answeredAt: at(answered), changesDocuments: changes, notice, calendar })
    expect(result.deadline.getTime()).toBe(at(expected).getTime())
    expect(result.extended).toBe(extended)
  })

  it("refuses an answer after the deadline", () => {
    expect(() =>
      deadlineAfterClarification({ current: deadline, answeredAt: at("2026-11-23T00:00:00+08:00"), changesDocuments: false, calendar })
    ).toThrow(/has passed/)
  })
})

describe("options and the deadline test", () => {
  it.each([
    [undefined, DEFAULT_CLARIFICATION_NOTICE],
    [{ days: 3, unit: "working" }, { days: 3, unit: "working" }],
    [{ days: 10 }, { days: 10, unit: "calendar" }],
  ])("clarificationNotice %j → %j", (input, expected) => {
    expect(clarificationNoticeOption(input)).toEqual(expected)
  })

  it.each([[{ days: -1 }], [{ days: 1.5 }], [{ unit: "weeks" }]])("refuses %j", (input) => {
    expect(() => clarificationNoticeOption(input)).toThrow(/clarificationNotice/)
  })

  it.each([
    ["2026-11-22T23:59:59.999+08:00", true],
    ["2026-11-23T00:00:00+08:00", false],
  ])("now %s is before the deadline: %s", (now, expected) => {
    expect(isBeforeDeadline(at(now), "2026-11-22T23:59:59.999+08:00")).toBe(expected)
  })

  it("has no deadline before publication", () => {
    expect(isBeforeDeadline(at("2026-11-01T00:00:00Z"), null)).toBe(false)
  })
})
