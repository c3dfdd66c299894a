/**
 * When a response's deposit (投标保证金) must be refunded (Reg 33 [P]: within 5 working days;
 * contracts-and-deadlines.md "Deposits and bonds"): 5 working days after the result for a
 * supplier that is not shortlisted, 5 working days after the framework agreement is signed for a
 * shortlisted one. Working days follow procurement-core's calendar (holidays skipped, adjusted
 * working weekends counted). Null while the event the refund waits for has not happened.
 * Also the deposit cap: ≤ 2 % of the lot budget, rounded down to the fen (the plan rules check
 * the plan's figure; this is the amount a supplier pays).
 */
import type { WorkingDayCalendar } from "@govmall/procurement-core/domain/working-days"

export const DEPOSIT_REFUND_WORKING_DAYS = 5

export type DepositRefundInput = {
  /** Withdrawn before the deadline: the deposit is refunded from the withdrawal. */
  withdrawn_at?: Date | null
  shortlisted: boolean
  /** The shortlist result of the lot (入围结果公告), or the lot's failure. */
  result_at: Date | null
  agreement_signed_at: Date | null
}

export function depositRefundDue(
  input: DepositRefundInput,
  calendar: Pick<WorkingDayCalendar, "workingDayDeadline">,
  days = DEPOSIT_REFUND_WORKING_DAYS
): Date | null {
  if (input.withdrawn_at) return calendar.workingDayDeadline(input.withdrawn_at, days)
  const from = input.shortlisted ? input.agreement_signed_at : input.result_at
  return from ? calendar.workingDayDeadline(from, days) : null
}
