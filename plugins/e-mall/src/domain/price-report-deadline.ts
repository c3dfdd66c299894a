/**
 * Deadlines and outcomes of an upheld over-price report (pure; `now` and the calendar are given).
 *
 * - The supplier must lower the price to the agency's target by `lower_by`: the END (23:59:59.999
 *   Asia/Shanghai) of the N-th working day after the decision's Shanghai date (procurement-core's
 *   working-day convention: the decision day itself is not counted). N is the plugin option
 *   `priceReportWorkingDays`, default 5.
 * - A price change resolves the report when the new price is ≤ the target and it is made no
 *   later than `lower_by`; after that the report can only expire (the job delists the offer).
 * - An upheld report blocks price increases on its offer until it is settled.
 */
import { DomainError, InvalidValueError } from "@govmall/procurement-core/domain/domain-error"
import type { WorkingDayCalendar } from "@govmall/procurement-core/domain/working-days"
import type { OfferStatus } from "./offer-lifecycle"
import type { PriceReportStatus } from "./price-report-lifecycle"

export const DEFAULT_PRICE_REPORT_WORKING_DAYS = 5
export const MAX_PRICE_REPORT_WORKING_DAYS = 60

/** The configured N (plugin option `priceReportWorkingDays`); undefined → the default. */
export function priceReportWorkingDays(option: unknown): number {
  if (option === undefined || option === null || option === "") {
    return DEFAULT_PRICE_REPORT_WORKING_DAYS
  }
  const n = typeof option === "string" ? Number(option) : option
  if (typeof n !== "number" || !Number.isSafeInteger(n) || n < 1 || n > MAX_PRICE_REPORT_WORKING_DAYS) {
    throw new InvalidValueError(
      `priceReportWorkingDays must be a whole number of working days from 1 to ${MAX_PRICE_REPORT_WORKING_DAYS}, got ${JSON.stringify(option)}`
    )
  }
  return n
}

/** End of the N-th working day after the decision (Shanghai), the supplier's deadline. */
export function priceReportLowerBy(
  decidedAt: Date,
  workingDays: number,
  calendar: Pick<WorkingDayCalendar, "workingDayDeadline">
): Date {
  return calendar.workingDayDeadline(decidedAt, workingDays)
}

export type UpheldReportFacts = {
  status: PriceReportStatus
  target_price_fen: number | null
  lower_by: Date | string | null
}

export type PriceReportResolution = "resolved" | "above_target" | "too_late" | "not_upheld"

/** What a new price means for one report of the offer. */
export function priceReportResolution(report: UpheldReportFacts, newPriceFen: number, now: Date): PriceReportResolution {
  if (report.status !== "upheld" || report.target_price_fen === null || report.lower_by === null) {
    return "not_upheld"
  }
  if (now.getTime() > new Date(report.lower_by).getTime()) {
    return "too_late"
  }
  return newPriceFen <= report.target_price_fen ? "resolved" : "above_target"
}

/** Upheld and past its deadline (strictly after lower_by), unresolved. */
export function isPriceReportOverdue(report: UpheldReportFacts, now: Date): boolean {
  return report.status === "upheld" && report.lower_by !== null && new Date(report.lower_by).getTime() < now.getTime()
}

/**
 * What expiring an overdue report does to its offer: an approved (visible) offer is delisted,
 * and so is one awaiting review — otherwise a supplier could dodge the delisting by raising
 * the price (or withdrawing and resubmitting) before the deadline and being approved later.
 * A rejected or already delisted offer is off the catalog and can only return through review.
 */
export function offerActionOnExpiry(offerStatus: OfferStatus): "delist" | "none" {
  return offerStatus === "approved" || offerStatus === "pending_review" ? "delist" : "none"
}

/** An upheld report freezes increases: the supplier has to lower the price, not raise it. */
export function assertNoIncreaseWhileUpheld(
  change: "new" | "increase" | "decrease" | "unchanged",
  upheldReportIds: string[],
  offerId: string
): void {
  if (change === "increase" && upheldReportIds.length) {
    throw new DomainError(
      "not_allowed",
      `offer ${offerId} has an upheld price report (${upheldReportIds.join(", ")}): its price may not be raised until the report is settled`
    )
  }
}
