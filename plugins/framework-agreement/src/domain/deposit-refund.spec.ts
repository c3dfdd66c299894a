import { describe, expect, it } from "vitest"
import { createWorkingDayCalendar, weekdaysOnly } from "@govmall/procurement-core/domain/working-days"
import { depositRefundDue } from "./deposit-refund"

// National Day 2026 (Oct 1–7 off) with an adjusted working Saturday Oct 10: Sep 30 + 5 working
// days = Oct 8, 9, 10 (Sat, adjusted), 12, 13.
const overrides: Record<string, { working: boolean; name?: string }> = {}
for (let d = 1; d <= 7; d++) overrides[`2026-10-0${d}`] = { working: false, name: "国庆节" }
overrides["2026-10-10"] = { working: true, name: "国庆节调休" }
const calendar = createWorkingDayCalendar({ baseIsWorkday: weekdaysOnly, overrides })

describe("depositRefundDue", () => {
  it.each([
    ["not shortlisted: 5 working days after the result", { shortlisted: false, result_at: new Date("2026-11-02T10:00:00+08:00"), agreement_signed_at: null }, "2026-11-09T15:59:59.999Z"],
    ["shortlisted: 5 working days after signing", { shortlisted: true, result_at: new Date("2026-11-02T10:00:00+08:00"), agreement_signed_at: new Date("2026-11-20T10:00:00+08:00") }, "2026-11-27T15:59:59.999Z"],
    ["over National Day, counting the adjusted Saturday", { shortlisted: false, result_at: new Date("2026-09-30T10:00:00+08:00"), agreement_signed_at: null }, "2026-10-13T15:59:59.999Z"],
    ["withdrawn before the deadline", { withdrawn_at: new Date("2026-11-05T10:00:00+08:00"), shortlisted: false, result_at: null, agreement_signed_at: null }, "2026-11-12T15:59:59.999Z"],
  ])("%s", (_label, input, expected) => {
    expect(depositRefundDue(input, calendar)?.toISOString()).toBe(expected)
  })
  it("is not due before the event it waits for", () => {
    expect(depositRefundDue({ shortlisted: false, result_at: null, agreement_signed_at: null }, calendar)).toBeNull()
    expect(depositRefundDue({ shortlisted: true, result_at: new Date(), agreement_signed_at: null }, calendar)).toBeNull()
  })
})
