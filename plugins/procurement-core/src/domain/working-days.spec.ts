import { describe, expect, it } from "vitest"
import { createWorkingDayCalendar, weekdaysOnly } from "./working-days"

// A plain Monday–Friday week with one invented holiday and one invented working Saturday,
// so the counting rules are checked without the national calendar (that is pinned in
// chinese-days-calendar.spec.ts).
const calendar = createWorkingDayCalendar({
  baseIsWorkday: weekdaysOnly,
  overrides: {
    "2030-01-09": { working: false, name: "invented holiday (Wed)" },
    "2030-01-12": { working: true, name: "invented working Saturday" },
  },
})
// 2030-01-07 is a Monday.

describe("isWorkingDay and dayInfo", () => {
  it.each([
    ["2030-01-07", true, "base"],
    ["2030-01-09", false, "override"],
    ["2030-01-12", true, "override"],
    ["2030-01-13", false, "base"],
  ] as const)("%s working=%s from %s", (date, working, source) => {
    expect(calendar.isWorkingDay(date)).toBe(working)
    expect(calendar.dayInfo(date)).toMatchObject({ date, working, source })
  })

  it("reads an instant as its Shanghai date", () => {
    // Tuesday 2030-01-08 23:30 in Shanghai is still Tuesday 15:30 UTC; 00:30 Wednesday
    // Shanghai (the invented holiday) is Tuesday 16:30 UTC.
    expect(calendar.isWorkingDay(new Date("2030-01-08T15:30:00Z"))).toBe(true)
    expect(calendar.isWorkingDay(new Date("2030-01-08T16:30:00Z"))).toBe(false)
  })
})

describe("addWorkingDays: the N-th working day after the start date", () => {
  it.each([
    // start, n, result, why
    ["2030-01-07", 1, "2030-01-08", "Mon + 1 → Tue; the start day is not counted"],
    ["2030-01-07", 2, "2030-01-10", "Wed is the holiday"],
    ["2030-01-10", 2, "2030-01-12", "Fri, then the working Saturday"],
    ["2030-01-12", 1, "2030-01-14", "Sunday skipped"],
    ["2030-01-13", 1, "2030-01-14", "a start on a day off still counts from the next day"],
    ["2030-01-07", 0, "2030-01-07", "zero keeps the start date"],
    ["2030-01-14", -1, "2030-01-12", "backwards: the working Saturday"],
    ["2030-01-11", -2, "2030-01-08", "backwards over the holiday"],
  ])("%s + %d → %s (%s)", (start, n, result) => {
    expect(calendar.addWorkingDays(start, n)).toBe(result)
  })

  it("rejects fractional counts and bad dates, naming them", () => {
    expect(() => calendar.addWorkingDays("2030-01-07", 1.5)).toThrow(
      "working days must be a whole number, got 1.5"
    )
    expect(() => calendar.addWorkingDays("2030-02-30", 1)).toThrow(/start must be a calendar date/)
  })

  it("fails loudly when the data never yields a working day", () => {
    const broken = createWorkingDayCalendar({ baseIsWorkday: () => false, maxScanDays: 30 })
    expect(() => broken.addWorkingDays("2030-01-07", 1)).toThrow(/no 1 working days found within 30 days/)
  })
})

describe("addCalendarDays, workingDaysBetween and deadlines", () => {
  it.each([
    ["2030-01-07", 30, "2030-02-06"],
    ["2030-12-31", 1, "2031-01-01"],
    ["2030-03-01", -1, "2030-02-28"],
  ])("%s + %d calendar days → %s", (start, n, result) => {
    expect(calendar.addCalendarDays(start, n)).toBe(result)
  })

  it.each([
    ["2030-01-07", "2030-01-07", 0],
    ["2030-01-07", "2030-01-08", 1],
    ["2030-01-07", "2030-01-14", 5], // Tue, Thu, Fri, Sat (working), Mon
    ["2030-01-14", "2030-01-07", -5],
  ])("workingDaysBetween(%s, %s) = %d", (a, b, count) => {
    expect(calendar.workingDaysBetween(a, b)).toBe(count)
  })

  it("is the inverse of addWorkingDays", () => {
    for (let n = 0; n <= 40; n += 1) {
      expect(calendar.workingDaysBetween("2030-01-06", calendar.addWorkingDays("2030-01-06", n))).toBe(n)
    }
  })

  it("puts a deadline at the end of the Shanghai day", () => {
    // Announced Monday 2030-01-07 at 18:00 Shanghai; "within 2 working days" ends Thursday.
    const announcedAt = new Date("2030-01-07T18:00:00+08:00")
    expect(calendar.workingDayDeadline(announcedAt, 2).toISOString()).toBe("2030-01-10T15:59:59.999Z")
    expect(calendar.calendarDayDeadline(announcedAt, 30).toISOString()).toBe("2030-02-06T15:59:59.999Z")
  })
})

describe("overrides", () => {
  it("change the answer without a code change", () => {
    const plain = createWorkingDayCalendar({ baseIsWorkday: weekdaysOnly })
    const withHoliday = createWorkingDayCalendar({
      baseIsWorkday: weekdaysOnly,
      overrides: { "2030-01-08": { working: false } },
    })
    expect(plain.addWorkingDays("2030-01-07", 1)).toBe("2030-01-08")
    expect(withHoliday.addWorkingDays("2030-01-07", 1)).toBe("2030-01-09")
  })

  it("are copied, so later edits of the source object do not leak in", () => {
    const overrides: Record<string, { working: boolean }> = {}
    const snapshot = createWorkingDayCalendar({ baseIsWorkday: weekdaysOnly, overrides })
    overrides["2030-01-08"] = { working: false }
    expect(snapshot.isWorkingDay("2030-01-08")).toBe(true)
  })

  it.each([
    [{ "2030-1-8": { working: false } }, /override date/],
    [{ "2030-01-08": { working: "no" } }, /needs a boolean "working"/],
  ])("rejects malformed overrides %j", (overrides, message) => {
    expect(() =>
      createWorkingDayCalendar({ baseIsWorkday: weekdaysOnly, overrides: overrides as never })
    ).toThrow(message)
  })
})
