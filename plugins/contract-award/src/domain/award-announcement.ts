/**
 * When an award result must be public (framework-agreement.md "Phase 2", Publication; issue #5
 * item 4):
 * - second-round bidding and rotation: one announcement per award, within 2 working days of the
 *   award decision [R in the domain file → configurable];
 * - direct selection: no per-award announcement; the awards roll into one summary announcement
 *   (采购结果汇总公告) within 10 working days after the agreement expires [S].
 * Same deadline convention as everything else: the end (Asia/Shanghai) of the N-th working day
 * after the trigger's Shanghai date (procurement-core working-days.ts).
 */
import type { WorkingDayCalendar } from "@govmall/procurement-core/domain/working-days"
import { InvalidValueError } from "@govmall/procurement-core/domain/domain-error"
import type { AwardMethod } from "./award-lifecycle"

export const DEFAULT_AWARD_ANNOUNCEMENT_WORKING_DAYS = 2
export const DEFAULT_SUMMARY_ANNOUNCEMENT_WORKING_DAYS = 10

export type AwardAnnouncementDue =
  | { kind: "per_award"; due: Date }
  | { kind: "summary"; due: Date }

export function awardAnnouncementDue(
  calendar: WorkingDayCalendar,
  method: AwardMethod,
  awardedAt: Date,
  agreementEndsAt: Date,
  config = { per_award_working_days: DEFAULT_AWARD_ANNOUNCEMENT_WORKING_DAYS, summary_working_days: DEFAULT_SUMMARY_ANNOUNCEMENT_WORKING_DAYS }
): AwardAnnouncementDue {
  if (awardedAt.getTime() > agreementEndsAt.getTime()) {
    throw new InvalidValueError("an award cannot be made after the agreement ends")
  }
  if (method === "direct_selection") {
    return { kind: "summary", due: calendar.workingDayDeadline(agreementEndsAt, config.summary_working_days) }
  }
  return { kind: "per_award", due: calendar.workingDayDeadline(awardedAt, config.per_award_working_days) }
}
