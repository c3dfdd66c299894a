/**
 * A contract's statutory deadlines as due instants, and which of them are missed (for the
 * supervision warnings of supervision.md, "Warnings the platform raises").
 *
 * | deadline   | from                      | length                      | source                              |
 * |------------|---------------------------|-----------------------------|-------------------------------------|
 * | sign       | award notice / order      | 30 calendar days            | GPL 46, seed notice item 7          |
 * |            | force majeure ended       | 7 calendar days (if later)  | seed notice                         |
 * | publish    | signing (both signatures) | 2 working days              | Reg 50                              |
 * | file (备案) | signing                   | 7 working days              | GPL 47                              |
 * | accept     | delivery                  | configured, default 7 WD    | e-mall.md (Shaanxi)                 |
 * | pay        | invoice received          | 10 working days             | seed notice (Shanxi), Pay 9         |
 *
 * Counting follows procurement-core's working-days.ts: "within N working days of X" ends at
 * 23:59:59.999 Asia/Shanghai of the N-th working day after X's Shanghai date (X's own day never
 * counts; adjusted working weekends count); "within N days" ends at the end of X's date + N.
 * `WorkingDayCalendar.workingDayDeadline` / `calendarDayDeadline` already give exactly that, so
 * nothing is added to the calendar here. A deadline is missed when `now` is after its due
 * instant and the milestone that meets it is still missing; a milestone recorded after the
 * due instant makes the deadline `met_late` (evidence for credit evaluation, not a new warning).
 *
 * While force majeure is ongoing (started, not ended) the signing deadline has no due date:
 * it cannot be missed until the cause ends.
 */
import type { WorkingDayCalendar } from "@govmall/procurement-core/domain/working-days"
import { InvalidValueError } from "@govmall/procurement-core/domain/domain-error"

export type DeadlineConfig = {
  sign_calendar_days: number
  force_majeure_calendar_days: number
  publish_working_days: number
  file_working_days: number
  acceptance_working_days: number
  payment_working_days: number
}

export const DEFAULT_DEADLINE_CONFIG: DeadlineConfig = {
  sign_calendar_days: 30,
  force_majeure_calendar_days: 7,
  publish_working_days: 2,
  file_working_days: 7,
  acceptance_working_days: 7,
  payment_working_days: 10,
}

/** Milestones of a contract, instants (Date) or absent. */
export type ContractMilestones = {
  /** Award notice (framework agreement) or supplier-confirmed order (e-mall). */
  awarded_at: Date
  force_majeure?: { started_at: Date; ended_at?: Date | null } | null
  signed_at?: Date | null
  published_at?: Date | null
  filed_at?: Date | null
  delivered_at?: Date | null
  accepted_at?: Date | null
  invoiced_at?: Date | null
  paid_at?: Date | null
}

export const DEADLINE_KINDS = ["sign", "publish", "file", "accept", "pay"] as const
export type DeadlineKind = (typeof DEADLINE_KINDS)[number]

/** Warning rule ids the supervision module raises for a missed deadline. */
export const DEADLINE_WARNING_RULES: Record<DeadlineKind, string> = {
  sign: "contract.not_signed_in_time",
  publish: "contract.not_published_in_time",
  file: "contract.not_filed_in_time",
  accept: "contract.acceptance_overdue",
  pay: "contract.payment_overdue",
}

export type DeadlineState = "pending" | "met" | "met_late" | "missed" | "suspended"

export type Deadline = {
  kind: DeadlineKind
  rule: string
  /** When the clock started; null when its trigger has not happened yet. */
  from: Date | null
  due: Date | null
  done_at: Date | null
  state: DeadlineState
}

function checkConfig(config: DeadlineConfig): void {
  for (const [key, value] of Object.entries(config)) {
    if (!Number.isSafeInteger(value) || value < 0) {
      throw new InvalidValueError(`${key} must be a whole number ≥ 0, got ${value}`)
    }
  }
}

function stateOf(due: Date | null, doneAt: Date | null, now: Date): DeadlineState {
  if (doneAt) {
    return due && doneAt.getTime() > due.getTime() ? "met_late" : "met"
  }
  return due && now.getTime() > due.getTime() ? "missed" : "pending"
}

/** The sign-by instant: 30 days after the award, or 7 days after force majeure ends if later. */
export function signingDue(
  calendar: WorkingDayCalendar,
  milestones: Pick<ContractMilestones, "awarded_at" | "force_majeure">,
  config: DeadlineConfig = DEFAULT_DEADLINE_CONFIG
): Date | null {
  const normal = calendar.calendarDayDeadline(milestones.awarded_at, config.sign_calendar_days)
  const fm = milestones.force_majeure
  if (!fm) {
    return normal
  }
  if (!fm.ended_at) {
    return null
  }
  if (fm.ended_at.getTime() < fm.started_at.getTime()) {
    throw new InvalidValueError("force_majeure.ended_at must not be before force_majeure.started_at")
  }
  const extended = calendar.calendarDayDeadline(fm.ended_at, config.force_majeure_calendar_days)
  return extended.getTime() > normal.getTime() ? extended : normal
}

/** Every deadline of the contract with its due instant and state at `now`. */
export function contractDeadlines(
  calendar: WorkingDayCalendar,
  milestones: ContractMilestones,
  now: Date,
  config: DeadlineConfig = DEFAULT_DEADLINE_CONFIG
): Deadline[] {
  checkConfig(config)
  const wd = (from: Date | null | undefined, n: number) => (from ? calendar.workingDayDeadline(from, n) : null)
  const entry = (kind: DeadlineKind, from: Date | null, due: Date | null, doneAt: Date | null | undefined): Deadline => ({
    kind,
    rule: DEADLINE_WARNING_RULES[kind],
    from,
    due,
    done_at: doneAt ?? null,
    state: kind === "sign" && from && !due && !doneAt ? "suspended" : from ? stateOf(due, doneAt ?? null, now) : "pending",
  })
  const signed = milestones.signed_at ?? null
  return [
    entry("sign", milestones.awarded_at, signingDue(calendar, milestones, config), signed),
    entry("publish", signed, wd(signed, config.publish_working_days), milestones.published_at),
    entry("file", signed, wd(signed, config.file_working_days), milestones.filed_at),
    entry("accept", milestones.delivered_at ?? null, wd(milestones.delivered_at, config.acceptance_working_days), milestones.accepted_at),
    entry("pay", milestones.invoiced_at ?? null, wd(milestones.invoiced_at, config.payment_working_days), milestones.paid_at),
  ]
}

/** The deadlines that are overdue at `now` (due passed, milestone missing): one warning each. */
export function missedDeadlines(
  calendar: WorkingDayCalendar,
  milestones: ContractMilestones,
  now: Date,
  config: DeadlineConfig = DEFAULT_DEADLINE_CONFIG
): Deadline[] {
  return contractDeadlines(calendar, milestones, now, config).filter((deadline) => deadline.state === "missed")
}
