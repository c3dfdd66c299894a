/**
 * Lifecycle of a purchaser's over-price report (价格举报), as one transition table.
 *
 *   open ──uphold (reason, target price, lower_by)──▶ upheld ──price ≤ target by lower_by──▶ resolved
 *     │                                                  │
 *     └──dismiss (reason)──▶ dismissed                   └──lower_by passed (job)──▶ expired
 *                                                           (offer delisted: over_price_not_lowered)
 *
 * dismissed, resolved and expired are final. A purchasing unit has at most one open or upheld
 * report per offer (`ACTIVE_PRICE_REPORT_STATUSES`).
 */
import {
  assertTransition,
  canTransition,
  checkTransitions,
  type Transitions,
} from "@govmall/procurement-core/domain/state-machine"

export const PRICE_REPORT_STATUSES = ["open", "upheld", "dismissed", "resolved", "expired"] as const
export type PriceReportStatus = (typeof PRICE_REPORT_STATUSES)[number]

export const PRICE_REPORT_INITIAL_STATUS: PriceReportStatus = "open"

export const PRICE_REPORT_TRANSITIONS: Transitions<PriceReportStatus> = {
  open: { to: ["upheld", "dismissed"] },
  upheld: { to: ["resolved", "expired"] },
  dismissed: { to: [] },
  resolved: { to: [] },
  expired: { to: [] },
}

/** Statuses that block a second report by the same unit on the same offer. */
export const ACTIVE_PRICE_REPORT_STATUSES: readonly PriceReportStatus[] = ["open", "upheld"]

/** Statuses the supplier sees: the agency has decided (an open report is not shown to it). */
export const SUPPLIER_VISIBLE_PRICE_REPORT_STATUSES: readonly PriceReportStatus[] = [
  "upheld",
  "dismissed",
  "resolved",
  "expired",
]

export function canTransitionPriceReport(from: PriceReportStatus, to: PriceReportStatus): boolean {
  return canTransition(PRICE_REPORT_TRANSITIONS, from, to)
}

/** Throws InvalidTransitionError (kind `not_allowed`) naming the report and both states. */
export function assertPriceReportTransition(from: PriceReportStatus, to: PriceReportStatus, reportId = "report"): void {
  assertTransition(PRICE_REPORT_TRANSITIONS, from, to, `price report ${reportId}`)
}

/** Problems with the table (unreachable states, dangling targets); empty when sound. */
export function priceReportTransitionProblems(): string[] {
  return checkTransitions(PRICE_REPORT_TRANSITIONS, PRICE_REPORT_INITIAL_STATUS)
}
