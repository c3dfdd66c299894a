/**
 * Business time. Code that needs "now" is given a `Clock` (or a `now: Date`) instead of calling
 * `new Date()` / `Date.now()`: `systemClock` below is the only place that reads the machine
 * clock, and tests swap in a `TestClock` (through the `procurement_clock` module at runtime).
 *
 * Dates of the Chinese calendar ("YYYY-MM-DD") are always Asia/Shanghai dates. Shanghai is
 * UTC+8 all year (no daylight saving since 1991), so the conversion is a fixed offset and needs
 * neither Intl time-zone data nor a date library.
 */
import { InvalidValueError } from "./domain-error"

export interface Clock {
  now(): Date
}

/** The machine clock. The only reader of the wall clock for business time. */
export const systemClock: Clock = {
  now: () => new Date(),
}

/** A clock that stands still until it is set or advanced. */
export class TestClock implements Clock {
  private current: number

  constructor(start: Date | string | number) {
    this.current = toEpochMs(start, "TestClock start")
  }

  now(): Date {
    return new Date(this.current)
  }

  set(instant: Date | string | number): void {
    this.current = toEpochMs(instant, "TestClock.set")
  }

  advance(ms: number): void {
    if (!Number.isFinite(ms)) {
      throw new InvalidValueError(`TestClock.advance needs a finite number of ms, got ${ms}`)
    }
    this.current += ms
  }
}

function toEpochMs(value: Date | string | number, label: string): number {
  const ms = value instanceof Date ? value.getTime() : new Date(value).getTime()
  if (!Number.isFinite(ms)) {
    throw new InvalidValueError(`${label}: not a valid instant: ${String(value)}`)
  }
  return ms
}

export const SHANGHAI_TIME_ZONE = "Asia/Shanghai"
/** UTC+8, constant: China has not observed daylight saving time since 1991. */
export const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000
const DAY_MS = 24 * 60 * 60 * 1000

/** A calendar date in Asia/Shanghai, "YYYY-MM-DD". */
export type DateString = string

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/

/** True for a real calendar date written "YYYY-MM-DD" (2026-02-30 is false). */
export function isDateString(value: unknown): value is DateString {
  if (typeof value !== "string") {
    return false
  }
  const match = DATE_PATTERN.exec(value)
  if (!match) {
    return false
  }
  const [, y, m, d] = match.map(Number)
  const probe = new Date(Date.UTC(y, m - 1, d))
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d
}

export function assertDateString(value: unknown, label = "date"): asserts value is DateString {
  if (!isDateString(value)) {
    throw new InvalidValueError(`${label} must be a calendar date "YYYY-MM-DD", got ${JSON.stringify(value)}`)
  }
}

function assertInstant(instant: Date, label: string): void {
  if (!(instant instanceof Date) || !Number.isFinite(instant.getTime())) {
    throw new InvalidValueError(`${label} must be a valid Date, got ${String(instant)}`)
  }
}

/** The Asia/Shanghai calendar date of an instant: 2026-01-01T16:00Z → "2026-01-02". */
export function shanghaiDateString(instant: Date): DateString {
  assertInstant(instant, "instant")
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10)
}

/** A date string is taken as is; an instant becomes its Shanghai date. */
export function toShanghaiDate(value: Date | DateString, label = "date"): DateString {
  if (value instanceof Date) {
    return shanghaiDateString(value)
  }
  assertDateString(value, label)
  return value
}

function utcMidnightMs(date: DateString): number {
  const [y, m, d] = date.split("-").map(Number)
  return Date.UTC(y, m - 1, d)
}

/** 00:00:00.000 Shanghai time (16:00 UTC the day before) of the date or the instant's date. */
export function startOfShanghaiDay(value: Date | DateString): Date {
  return new Date(utcMidnightMs(toShanghaiDate(value)) - SHANGHAI_OFFSET_MS)
}

/** 23:59:59.999 Shanghai time of the date or the instant's date: the last moment of a deadline day. */
export function endOfShanghaiDay(value: Date | DateString): Date {
  return new Date(startOfShanghaiDay(value).getTime() + DAY_MS - 1)
}

/** Plain calendar arithmetic on a date string: `addDaysToDate("2026-12-31", 1) === "2027-01-01"`. */
export function addDaysToDate(date: DateString, days: number): DateString {
  assertDateString(date)
  if (!Number.isSafeInteger(days)) {
    throw new InvalidValueError(`days must be a whole number, got ${days}`)
  }
  return new Date(utcMidnightMs(date) + days * DAY_MS).toISOString().slice(0, 10)
}

/** Day of the week of a date string, 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: DateString): number {
  assertDateString(date)
  return new Date(utcMidnightMs(date)).getUTCDay()
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: DateString, to: DateString): number {
  assertDateString(from, "from")
  assertDateString(to, "to")
  return Math.round((utcMidnightMs(to) - utcMidnightMs(from)) / DAY_MS)
}
