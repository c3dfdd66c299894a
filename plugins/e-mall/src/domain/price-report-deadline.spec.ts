import { describe, expect, it } from "vitest"
import { chineseDaysIsWorkday } from "@govmall/procurement-core/domain/chinese-days-calendar"
import { createWorkingDayCalendar, weekdaysOnly } from "@govmall/procurement-core/domain/working-days"
import {
  assertNoIncreaseWhileUpheld,
  DEFAULT_PRICE_REPORT_WORKING_DAYS,
  isPriceReportOverdue,
  offerActionOnExpiry,
  priceReportLowerBy,
  priceReportResolution,
  priceReportWorkingDays,
} from "./price-report-deadline"

const weekdays = createWorkingDayCalendar({ baseIsWorkday: weekdaysOnly })
const official = createWorkingDayCalendar({ baseIsWorkday: chineseDaysIsWorkday })
const withOverride = createWorkingDayCalendar({
  baseIsWorkday: weekdaysOnly,
  overrides: { "2026-11-23": { working: false, name: "停电" } },
})

describe("priceReportWorkingDays (plugin option)", () => {
  it.each([
    [undefined, DEFAULT_PRICE_REPORT_WORKING_DAYS],
    [null, 5],
    ["", 5],
    [3, 3],
    ["10", 10],
    [60, 60],
  ])("%j → %i", (option, expected) => {
    expect(priceReportWorkingDays(option)).toBe(expected)
  })

  it.each([0, -1, 2.5, 61, "abc", true])("refuses %j naming the option", (option) => {
    expect(() => priceReportWorkingDays(option)).toThrow(/priceReportWorkingDays must be a whole number/)
  })
})

describe("priceReportLowerBy: end of the N-th working day after the decision, Shanghai", () => {
  it.each([
    // decided (instant)                 N  calendar        deadline (UTC instant of 23:59:59.999 +08:00)
    ["Fri 2026-11-20 10:00 +08", "2026-11-20T02:00:00Z", 5, weekdays, "2026-11-27T15:59:59.999Z"],
    ["Fri 2026-11-20 23:30 +08 (Fri 15:30 UTC)", "2026-11-20T15:30:00Z", 1, weekdays, "2026-11-23T15:59:59.999Z"],
    // 00:30 Saturday in Shanghai is still Friday in UTC: the Shanghai date counts.
    ["Sat 2026-11-21 00:30 +08", "2026-11-20T16:30:00Z", 1, weekdays, "2026-11-23T15:59:59.999Z"],
    ["Sun decision, N=5", "2026-11-22T04:00:00Z", 5, weekdays, "2026-11-27T15:59:59.999Z"],
    ["an override day off is skipped", "2026-11-20T02:00:00Z", 1, withOverride, "2026-11-24T15:59:59.999Z"],
    // National Day 2026: Oct 1–7 off, Sat Oct 10 an adjusted working day (chinese-days data).
    ["Wed 2026-09-30, N=1, official calendar", "2026-09-30T02:00:00Z", 1, official, "2026-10-08T15:59:59.999Z"],
    ["Wed 2026-09-30, N=3, official calendar", "2026-09-30T02:00:00Z", 3, official, "2026-10-10T15:59:59.999Z"],
  ] as const)("%s", (_name, decided, n, calendar, expected) => {
    expect(priceReportLowerBy(new Date(decided), n, calendar).toISOString()).toBe(expected)
  })
})

describe("priceReportResolution: does a new price settle the report?", () => {
  const lowerBy = "2026-11-27T15:59:59.999Z"
  const upheld = { status: "upheld" as const, target_price_fen: 250_000, lower_by: lowerBy }
  it.each([
    ["exactly the target, in time", upheld, 250_000, "2026-11-25T02:00:00Z", "resolved"],
    ["below the target, at the last millisecond", upheld, 200_000, lowerBy, "resolved"],
    ["one fen above the target", upheld, 250_001, "2026-11-25T02:00:00Z", "above_target"],
    ["at the target, one ms late", upheld, 250_000, "2026-11-27T16:00:00.000Z", "too_late"],
    ["an open report", { ...upheld, status: "open" as const }, 1, "2026-11-25T02:00:00Z", "not_upheld"],
    ["a dismissed report", { ...upheld, status: "dismissed" as const }, 1, "2026-11-25T02:00:00Z", "not_upheld"],
    ["an expired report", { ...upheld, status: "expired" as const }, 1, "2026-11-25T02:00:00Z", "not_upheld"],
    ["upheld without a target (never written so)", { ...upheld, target_price_fen: null }, 1, "2026-11-25T02:00:00Z", "not_upheld"],
  ] as const)("%s → %s", (_name, report, price, now, expected) => {
    expect(priceReportResolution(report, price, new Date(now))).toBe(expected)
  })
})

describe("isPriceReportOverdue / offerActionOnExpiry", () => {
  const lowerBy = new Date("2026-11-27T15:59:59.999Z")
  it.each([
    ["upheld, deadline passed by 1 ms", "upheld", lowerBy, "2026-11-27T16:00:00.000Z", true],
    ["upheld, exactly the deadline", "upheld", lowerBy, "2026-11-27T15:59:59.999Z", false],
    ["upheld, in time", "upheld", lowerBy, "2026-11-26T00:00:00Z", false],
    ["resolved, deadline passed", "resolved", lowerBy, "2026-12-30T00:00:00Z", false],
    ["open (no deadline)", "open", null, "2026-12-30T00:00:00Z", false],
  ] as const)("%s → %s", (_name, status, lower_by, now, expected) => {
    expect(isPriceReportOverdue({ status, target_price_fen: 1, lower_by }, new Date(now))).toBe(expected)
  })

  it.each([
    ["approved", "delist"],
    ["pending_review", "delist"],
    ["rejected", "none"],
    ["delisted", "none"],
    ["draft", "none"],
  ] as const)("offer %s → %s", (status, action) => {
    expect(offerActionOnExpiry(status)).toBe(action)
  })
})

describe("assertNoIncreaseWhileUpheld", () => {
  it.each([
    ["increase", ["prep_1"], true],
    ["increase", [], false],
    ["decrease", ["prep_1"], false],
    ["unchanged", ["prep_1"], false],
  ] as const)("%s with upheld %j → refused: %s", (change, ids, refused) => {
    const run = () => assertNoIncreaseWhileUpheld(change, [...ids], "offer_1")
    if (refused) {
      expect(run).toThrow("offer offer_1 has an upheld price report (prep_1): its price may not be raised")
    } else {
      expect(run).not.toThrow()
    }
  })
})
