/**
 * Deadlines of a published solicitation (pure: the instant and the calendar are given).
 * Dates follow procurement-core's convention: Asia/Shanghai dates, a deadline is the END of
 * its day (23:59:59.999 +08:00), the starting day is never counted.
 *
 * - Response deadline: the notice's publication date + `response_window_days` calendar days
 *   (the plan's window, ≥ 20 days [R]).
 * - Clarification that changes the documents: suppliers must still have at least N days after
 *   it before the deadline; if fewer remain, the deadline moves to the end of the N-th day after
 *   the answer. N and its unit are options — default 15 calendar days [R], by analogy with
 *   MoF Order No. 87 Art 27 (Order 110's own figure is not confirmed); a province may set
 *   working days, which then follow the working-day calendar (holidays skipped, adjusted
 *   working weekends counted). A clarification that does not change the documents never moves it.
 */
import { InvalidValueError } from "@govmall/procurement-core/domain/domain-error"
import type { WorkingDayCalendar } from "@govmall/procurement-core/domain/working-days"

export type DayUnit = "calendar" | "working"

export type ClarificationNotice = { days: number; unit: DayUnit }

export const DEFAULT_CLARIFICATION_NOTICE: ClarificationNotice = { days: 15, unit: "calendar" }

type Calendar = Pick<WorkingDayCalendar, "calendarDayDeadline" | "workingDayDeadline">

/** The plugin option `clarificationNotice` checked, or the default. */
export function clarificationNoticeOption(input: unknown): ClarificationNotice {
  if (input === undefined || input === null) return DEFAULT_CLARIFICATION_NOTICE
  const given = input as Partial<ClarificationNotice>
  const days = given.days ?? DEFAULT_CLARIFICATION_NOTICE.days
  const unit = given.unit ?? DEFAULT_CLARIFICATION_NOTICE.unit
  if (typeof days !== "number" || !Number.isSafeInteger(days) || days < 0 || days > 90) {
    throw new InvalidValueError(`clarificationNotice.days must be a whole number from 0 to 90, got ${JSON.stringify(days)}`)
  }
  if (unit !== "calendar" && unit !== "working") {
    throw new InvalidValueError(`clarificationNotice.unit must be "calendar" or "working", got ${JSON.stringify(unit)}`)
  }
  return { days, unit }
}

/** End of the publication's Shanghai date + window calendar days. */
export function responseDeadline(publishedAt: Date, windowDays: number, calendar: Pick<Calendar, "calendarDayDeadline">): Date {
  if (!Number.isSafeInteger(windowDays) || windowDays < 1) {
    throw new InvalidValueError(`response_window_days must be a whole number ≥ 1, got ${JSON.stringify(windowDays)}`)
  }
  return calendar.calendarDayDeadline(publishedAt, windowDays)
}

/** The earliest deadline a documents-changing answer given at `answeredAt` leaves standing. */
export function earliestDeadlineAfterChange(answeredAt: Date, notice: ClarificationNotice, calendar: Calendar): Date {
  return notice.unit === "working"
    ? calendar.workingDayDeadline(answeredAt, notice.days)
    : calendar.calendarDayDeadline(answeredAt, notice.days)
}

export type ClarificationDeadline = { deadline: Date; extended: boolean }

/**
 * The response deadline after a clarification answer: unchanged unless the answer changes the
 * documents and leaves fewer than the notice days; then the end of the notice's last day.
 * An answer after the deadline is refused (the responses are closed).
 */
export function deadlineAfterClarification(input: {
  current: Date
  answeredAt: Date
  changesDocuments: boolean
  notice?: ClarificationNotice
  calendar: Calendar
}): ClarificationDeadline {
  const { current, answeredAt, changesDocuments, calendar } = input
  if (answeredAt.getTime() > current.getTime()) {
    throw new InvalidValueError(
      `the response deadline ${current.toISOString()} has passed: clarifications can no longer be answered`
    )
  }
  if (!changesDocuments) return { deadline: current, extended: false }
  const earliest = earliestDeadlineAfterChange(answeredAt, input.notice ?? DEFAULT_CLARIFICATION_NOTICE, calendar)
  return earliest.getTime() > current.getTime() ? { deadline: earliest, extended: true } : { deadline: current, extended: false }
}

/** Responses and questions are accepted up to and including the deadline instant. */
export function isBeforeDeadline(now: Date, deadline: Date | string | null): boolean {
  return deadline !== null && now.getTime() <= new Date(deadline).getTime()
}
