/**
 * A working-day (工作日) calendar built from data: a base rule for each date (normally the
 * `chinese-days` package, see `chinese-days-calendar.ts`) plus operator overrides that win over
 * it. All dates are Asia/Shanghai calendar dates ("YYYY-MM-DD"); an instant passed in is first
 * turned into its Shanghai date.
 *
 * ## Deadline convention
 * "Within N working days of X" means: the N-th working day AFTER X's Shanghai date. X's own day
 * is never counted, whether or not it is a working day; the deadline is the END of that day,
 * 23:59:59.999 Asia/Shanghai (`workingDayDeadline`).
 *
 *   X = Fri 2026-09-18, N = 2 → Sun 09-20 (adjusted working day) is 1, Mon 09-21 is 2
 *   → deadline 2026-09-21 23:59:59.999 +08:00.
 *
 * "N days" (calendar days, e.g. "sign within 30 days") is X's date + N (`addCalendarDays`),
 * with the deadline at the end of that day as well (`calendarDayDeadline`).
 */
import {
  addDaysToDate,
  DateString,
  dayOfWeek,
  endOfShanghaiDay,
  toShanghaiDate,
} from "./clock"
import { InvalidValueError } from "./domain-error"

export type CalendarOverride = {
  /** true: a working day (e.g. an adjusted working weekend 调休上班); false: a day off. */
  working: boolean
  name?: string
}

export type WorkingDayCalendarSource = {
  /** The rule for dates without an override, e.g. chinese-days' `isWorkday`. */
  baseIsWorkday: (date: DateString) => boolean
  /** Per-date overrides keyed "YYYY-MM-DD"; they win over the base rule. */
  overrides?: Record<DateString, CalendarOverride>
  /**
   * Longest walk (in calendar days) `addWorkingDays` may take before giving up, so a broken
   * base rule that never yields a working day fails loudly instead of looping. Default 3660.
   */
  maxScanDays?: number
}

export type DayInfo = {
  date: DateString
  working: boolean
  source: "override" | "base"
  name?: string
}

export type DateInput = Date | DateString

export interface WorkingDayCalendar {
  /** Whether the Shanghai date is a working day (override first, then the base rule). */
  isWorkingDay(date: DateInput): boolean
  /** The working/non-working answer and where it came from. */
  dayInfo(date: DateInput): DayInfo
  /**
   * The N-th working day after `start`'s date (start not counted). N = 0 returns start's date;
   * a negative N counts backwards (the N-th working day before).
   */
  addWorkingDays(start: DateInput, n: number): DateString
  /** start's date + n calendar days. */
  addCalendarDays(start: DateInput, n: number): DateString
  /**
   * Working days in the half-open range (a, b]: after a, up to and including b. So
   * `workingDaysBetween(a, addWorkingDays(a, n)) === n` for n ≥ 0. When b is before a the
   * answer is minus the working days in (b, a].
   */
  workingDaysBetween(a: DateInput, b: DateInput): number
  /** End (23:59:59.999 Shanghai) of the N-th working day after start: "within N working days". */
  workingDayDeadline(start: DateInput, n: number): Date
  /** End (23:59:59.999 Shanghai) of start's date + n calendar days: "within N days". */
  calendarDayDeadline(start: DateInput, n: number): Date
}

function assertWholeNumber(value: number, label: string): void {
  if (!Number.isSafeInteger(value)) {
    throw new InvalidValueError(`${label} must be a whole number, got ${value}`)
  }
}

export function createWorkingDayCalendar(source: WorkingDayCalendarSource): WorkingDayCalendar {
  const overrides = { ...(source.overrides ?? {}) }
  for (const [date, override] of Object.entries(overrides)) {
    toShanghaiDate(date, `override date ${JSON.stringify(date)}`)
    if (typeof override?.working !== "boolean") {
      throw new InvalidValueError(`override ${date} needs a boolean "working"`)
    }
  }
  const maxScanDays = source.maxScanDays ?? 3660

  const dayInfo = (input: DateInput): DayInfo => {
    const date = toShanghaiDate(input)
    const override = overrides[date]
    if (override) {
      return { date, working: override.working, source: "override", name: override.name }
    }
    return { date, working: source.baseIsWorkday(date), source: "base" }
  }

  const isWorkingDay = (input: DateInput): boolean => dayInfo(input).working

  const addWorkingDays = (start: DateInput, n: number): DateString => {
    assertWholeNumber(n, "working days")
    let date = toShanghaiDate(start, "start")
    const step = n < 0 ? -1 : 1
    let remaining = Math.abs(n)
    let scanned = 0
    while (remaining > 0) {
      date = addDaysToDate(date, step)
      if (isWorkingDay(date)) {
        remaining -= 1
      }
      scanned += 1
      if (scanned > maxScanDays) {
        throw new InvalidValueError(
          `no ${Math.abs(n)} working days found within ${maxScanDays} days of ${toShanghaiDate(start)}: check the calendar data`
        )
      }
    }
    return date
  }

  const addCalendarDays = (start: DateInput, n: number): DateString => {
    assertWholeNumber(n, "calendar days")
    return addDaysToDate(toShanghaiDate(start, "start"), n)
  }

  const workingDaysBetween = (a: DateInput, b: DateInput): number => {
    const from = toShanghaiDate(a, "from")
    const to = toShanghaiDate(b, "to")
    if (from === to) {
      return 0
    }
    const [low, high, sign] = from < to ? [from, to, 1] : [to, from, -1]
    let count = 0
    for (let date = addDaysToDate(low, 1); date <= high; date = addDaysToDate(date, 1)) {
      if (isWorkingDay(date)) {
        count += 1
      }
    }
    return sign * count
  }

  return {
    isWorkingDay,
    dayInfo,
    addWorkingDays,
    addCalendarDays,
    workingDaysBetween,
    workingDayDeadline: (start, n) => endOfShanghaiDay(addWorkingDays(start, n)),
    calendarDayDeadline: (start, n) => endOfShanghaiDay(addCalendarDays(start, n)),
  }
}

/** Monday to Friday: the base rule when no holiday data is available (tests, fallback). */
export function weekdaysOnly(date: DateString): boolean {
  const weekday = dayOfWeek(date)
  return weekday >= 1 && weekday <= 5
}
