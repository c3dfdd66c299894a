import { isWorkday as rawIsWorkday } from "chinese-days"
import { afterEach, describe, expect, it } from "vitest"
import { addDaysToDate } from "./clock"
import {
  chineseDaysCoversYear,
  chineseDaysHolidayName,
  chineseDaysIsWorkday,
  createChineseDaysCalendar,
} from "./chinese-days-calendar"

/**
 * The 2026 arrangement published by the State Council General Office on 2025-11-04
 * (https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm), as tabled in the
 * project's domain notes (contracts-and-deadlines.md, "Working days"). If a new
 * chinese-days release disagrees with this table, this spec fails: check the official notice
 * before changing either side.
 */
const HOLIDAYS_2026: Array<[string, string, string]> = [
  ["New Year", "2026-01-01", "2026-01-03"],
  ["Spring Festival", "2026-02-15", "2026-02-23"],
  ["Qingming", "2026-04-04", "2026-04-06"],
  ["Labour Day", "2026-05-01", "2026-05-05"],
  ["Dragon Boat", "2026-06-19", "2026-06-21"],
  ["Mid-Autumn", "2026-09-25", "2026-09-27"],
  ["National Day", "2026-10-01", "2026-10-07"],
]
const ADJUSTED_WORKING_DAYS_2026 = [
  "2026-01-04", // Sun
  "2026-02-14", // Sat
  "2026-02-28", // Sat
  "2026-05-09", // Sat
  "2026-09-20", // Sun
  "2026-10-10", // Sat
]

function daysFrom(first: string, last: string): string[] {
  const days: string[] = []
  for (let date = first; date <= last; date = addDaysToDate(date, 1)) {
    days.push(date)
  }
  return days
}

const holidayDays = HOLIDAYS_2026.flatMap(([name, first, last]) =>
  daysFrom(first, last).map((date) => [name, date] as const)
)

const calendar = createChineseDaysCalendar()

describe("2026 State Council calendar (pinned)", () => {
  it.each(holidayDays)("%s: %s is a day off", (_name, date) => {
    expect(calendar.isWorkingDay(date)).toBe(false)
    expect(chineseDaysHolidayName(date)).toBeDefined()
  })

  it.each(ADJUSTED_WORKING_DAYS_2026)("adjusted working weekend %s is a working day", (date) => {
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay()
    expect([0, 6]).toContain(weekday)
    expect(calendar.isWorkingDay(date)).toBe(true)
  })

  it.each([
    "2026-01-10",
    "2026-01-11",
    "2026-03-07",
    "2026-03-08",
    "2026-10-11",
    "2026-12-26",
    "2026-12-27",
  ])("ordinary weekend %s is a day off", (date) => {
    expect(calendar.isWorkingDay(date)).toBe(false)
  })

  it.each(["2026-01-05", "2026-02-13", "2026-02-24", "2026-10-08", "2026-12-31"])(
    "ordinary weekday %s is a working day",
    (date) => {
      expect(calendar.isWorkingDay(date)).toBe(true)
    }
  )

  it("has 248 working days in 2026 (261 weekdays − 19 weekday holidays + 6 adjusted days)", () => {
    expect(calendar.workingDaysBetween("2025-12-31", "2026-12-31")).toBe(248)
  })
})

describe("addWorkingDays across month, year and holiday boundaries", () => {
  it.each([
    ["2025-12-31", 1, "2026-01-04", "New Year off Jan 1–3, Sunday Jan 4 is worked"],
    ["2026-01-30", 1, "2026-02-02", "Friday to Monday across a month end"],
    ["2026-02-13", 1, "2026-02-14", "Saturday Feb 14 is worked"],
    ["2026-02-13", 2, "2026-02-24", "Spring Festival Feb 15–23 skipped"],
    ["2026-02-13", 6, "2026-02-28", "Saturday Feb 28 is worked"],
    ["2026-02-13", 7, "2026-03-02", "then Monday, across the month end"],
    ["2026-04-30", 2, "2026-05-07", "contract published within 2 WD of signing before Labour Day"],
    ["2026-04-30", 4, "2026-05-09", "Saturday May 9 is worked"],
    ["2026-04-30", 5, "2026-05-11", ""],
    ["2026-09-18", 2, "2026-09-21", "Sunday Sep 20 is worked"],
    ["2026-09-24", 7, "2026-10-12", "7-WD challenge period over Mid-Autumn and National Day"],
    ["2026-09-30", 1, "2026-10-08", "National Day Oct 1–7 skipped"],
    ["2026-09-30", 3, "2026-10-10", "Saturday Oct 10 is worked"],
    ["2026-09-30", 4, "2026-10-12", "Sunday Oct 11 is off"],
    ["2026-12-30", 1, "2026-12-31", ""],
  ])("%s + %d WD → %s (%s)", (start, n, result) => {
    expect(calendar.addWorkingDays(start, n)).toBe(result)
    expect(calendar.workingDaysBetween(start, result)).toBe(n)
  })

  it("puts the National Day deadline at the end of Oct 8, Shanghai time", () => {
    const decidedAt = new Date("2026-09-30T17:45:00+08:00")
    expect(calendar.workingDayDeadline(decidedAt, 1).toISOString()).toBe("2026-10-08T15:59:59.999Z")
  })
})

describe("years chinese-days does not know yet, and overrides", () => {
  it("knows 2004–2026 and not 2027 (in chinese-days 1.5.7)", () => {
    expect(chineseDaysCoversYear(2004)).toBe(true)
    expect(chineseDaysCoversYear(2026)).toBe(true)
    expect(chineseDaysCoversYear(2027)).toBe(false)
  })

  it("falls back to Monday–Friday for an unknown year, so 2027-01-01 (Friday) counts as worked", () => {
    expect(calendar.addWorkingDays("2026-12-31", 1)).toBe("2027-01-01")
  })

  it("lets an operator override fix it without a code change", () => {
    const patched = createChineseDaysCalendar({
      "2027-01-01": { working: false, name: "元旦" },
    })
    expect(patched.addWorkingDays("2026-12-31", 1)).toBe("2027-01-04")
    expect(patched.dayInfo("2027-01-01")).toEqual({
      date: "2027-01-01",
      working: false,
      source: "override",
      name: "元旦",
    })
  })

  it("lets an override turn a 2026 working day off and a 2026 holiday on", () => {
    const patched = createChineseDaysCalendar({
      "2026-10-08": { working: false, name: "typhoon closure" },
      "2026-10-07": { working: true },
    })
    expect(patched.addWorkingDays("2026-09-30", 1)).toBe("2026-10-07")
    expect(patched.addWorkingDays("2026-09-30", 2)).toBe("2026-10-09")
  })
})

describe("time-zone independence", () => {
  const originalTz = process.env.TZ
  afterEach(() => {
    process.env.TZ = originalTz
  })

  it.each(["America/Los_Angeles", "UTC", "Asia/Shanghai", "Pacific/Kiritimati"])(
    "answers the same in TZ=%s",
    (tz) => {
      process.env.TZ = tz
      expect(chineseDaysIsWorkday("2026-01-04")).toBe(true)
      expect(chineseDaysIsWorkday("2026-01-03")).toBe(false)
      expect(chineseDaysIsWorkday("2026-10-10")).toBe(true)
      expect(chineseDaysIsWorkday("2026-10-11")).toBe(false)
    }
  )

  it("is needed: chinese-days given the string itself reads the previous day west of UTC", () => {
    process.env.TZ = "America/Los_Angeles"
    expect(rawIsWorkday("2026-01-04")).toBe(false) // read as Saturday 2026-01-03
    expect(chineseDaysIsWorkday("2026-01-04")).toBe(true)
  })
})
