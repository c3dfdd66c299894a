/**
 * The dates of a framework agreement (pure; the calendar and `now` are given). Dates follow
 * procurement-core: Asia/Shanghai days, a deadline is the END of its day, the starting day is
 * never counted.
 *
 * - Signing: within 30 calendar days of the shortlist notice [S] → end of notice day + 30.
 *   A warning is due when 5 days or fewer are left (configurable) and again when it is missed.
 * - Filing (备案) of the signed agreement: within 7 working days of signing [S].
 * - Push to purchasers: within 3 working days of signing [S] (done at activation).
 * - Open agreements: an application is reviewed within 7 working days [R][S].
 * - Term: from the activation day for `term_months` months; `ends_at` is 00:00 Shanghai of the
 *   same day-of-month `term_months` later (the first instant the agreement no longer holds); a
 *   day-of-month the target month lacks clamps to its last day + 1.
 */
import { InvalidValueError } from "@govmall/procurement-core/domain/domain-error"
import type { WorkingDayCalendar } from "@govmall/procurement-core/domain/working-days"

export const SIGNING_WINDOW_DAYS = 30
export const SIGNING_WARNING_DAYS = 5
export const FILING_WORKING_DAYS = 7
export const PUSH_WORKING_DAYS = 3
export const APPLICATION_REVIEW_WORKING_DAYS = 7

type Calendar = Pick<WorkingDayCalendar, "calendarDayDeadline" | "workingDayDeadline">
const DAY_MS = 24 * 3600 * 1000
const SHANGHAI_MS = 8 * 3600 * 1000

export function signingDeadline(shortlistNoticeAt: Date, calendar: Calendar, days = SIGNING_WINDOW_DAYS): Date {
  return calendar.calendarDayDeadline(shortlistNoticeAt, days)
}

export function filingDueAt(signedAt: Date, calendar: Calendar, days = FILING_WORKING_DAYS): Date {
  return calendar.workingDayDeadline(signedAt, days)
}

export function applicationReviewDueAt(appliedAt: Date, calendar: Calendar, days = APPLICATION_REVIEW_WORKING_DAYS): Date {
  return calendar.workingDayDeadline(appliedAt, days)
}

/** First instant after the term that starts on `activatedAt`'s Shanghai day. */
export function termEndsAt(activatedAt: Date, termMonths: number): Date {
  if (!Number.isSafeInteger(termMonths) || termMonths < 1) {
    throw new InvalidValueError(`term_months must be a whole number ≥ 1, got ${termMonths}`)
  }
  const local = new Date(activatedAt.getTime() + SHANGHAI_MS)
  const y = local.getUTCFullYear()
  const m = local.getUTCMonth() + termMonths
  const d = local.getUTCDate()
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate()
  const target = d <= lastDay ? Date.UTC(y, m, d) : Date.UTC(y, m, lastDay) + DAY_MS
  return new Date(target - SHANGHAI_MS)
}

export type SigningWarning = "deadline_approaching" | null

/** Whether the "few days left" warning is due now for a pending agreement (once). */
export function signingWarningDue(input: {
  now: Date
  deadline: Date
  warned_at: Date | null
  warning_days?: number
}): SigningWarning {
  if (input.warned_at) return null
  const left = input.deadline.getTime() - input.now.getTime()
  if (left < 0) return null
  return left <= (input.warning_days ?? SIGNING_WARNING_DAYS) * DAY_MS ? "deadline_approaching" : null
}
