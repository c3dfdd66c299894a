/**
 * The State Council holiday calendar from the npm package `chinese-days` as the base rule of
 * our working-day calendar. The package ships the published years (2004–2026 in 1.5.7); for a
 * year it does not know it answers Monday–Friday, which is why `chineseDaysCoversYear` exists
 * and why operators can add overrides (the `procurement_calendar` module) for a year that the
 * installed package does not cover yet.
 */
import { getDayDetail, isWorkday } from "chinese-days"
import { assertDateString, DateString } from "./clock"
import {
  CalendarOverride,
  createWorkingDayCalendar,
  WorkingDayCalendar,
} from "./working-days"

/**
 * chinese-days formats dates with the process's local time zone, so a "YYYY-MM-DD" string
 * (parsed as UTC midnight) would be read as the previous day west of UTC. A local-midnight
 * Date is the same calendar date in every time zone.
 */
function localMidnight(date: DateString): Date {
  const [y, m, d] = date.split("-").map(Number)
  return new Date(y, m - 1, d)
}

/** chinese-days' `isWorkday`: weekends and public holidays off, adjusted working weekends on. */
export function chineseDaysIsWorkday(date: DateString): boolean {
  assertDateString(date)
  return isWorkday(localMidnight(date))
}

/** The holiday name chinese-days gives a date (e.g. "National Day,国庆节,3"), if any. */
export function chineseDaysHolidayName(date: DateString): string | undefined {
  assertDateString(date)
  const detail = getDayDetail(localMidnight(date))
  return detail.name.includes(",") ? detail.name : undefined
}

/**
 * Whether the installed chinese-days knows the official arrangement of `year`. Every year's
 * arrangement includes New Year's Day (元旦) on 1 January, so an unknown year shows up as a
 * 1 January without a holiday name.
 */
export function chineseDaysCoversYear(year: number): boolean {
  if (!Number.isSafeInteger(year) || year < 1900 || year > 9999) {
    return false
  }
  return chineseDaysHolidayName(`${String(year).padStart(4, "0")}-01-01`) !== undefined
}

/** Our calendar on top of chinese-days, with optional overrides that win over it. */
export function createChineseDaysCalendar(
  overrides: Record<DateString, CalendarOverride> = {}
): WorkingDayCalendar {
  return createWorkingDayCalendar({ baseIsWorkday: chineseDaysIsWorkday, overrides })
}
