import { describe, expect, it } from "vitest"
import {
  assertPriceReportTransition,
  canTransitionPriceReport,
  PRICE_REPORT_STATUSES,
  priceReportTransitionProblems,
  type PriceReportStatus,
} from "./price-report-lifecycle"

const ALLOWED: Array<[PriceReportStatus, PriceReportStatus]> = [
  ["open", "upheld"],
  ["open", "dismissed"],
  ["upheld", "resolved"],
  ["upheld", "expired"],
]

describe("price report lifecycle", () => {
  it("has every state reachable from open and no dangling target", () => {
    expect(priceReportTransitionProblems()).toEqual([])
  })

  const allPairs = PRICE_REPORT_STATUSES.flatMap((from) => PRICE_REPORT_STATUSES.map((to) => [from, to] as const))
  it.each(allPairs)("%s → %s follows the table", (from, to) => {
    const allowed = ALLOWED.some(([f, t]) => f === from && t === to)
    expect(canTransitionPriceReport(from, to)).toBe(allowed)
    if (allowed) {
      expect(() => assertPriceReportTransition(from, to, "prep_1")).not.toThrow()
    } else {
      expect(() => assertPriceReportTransition(from, to, "prep_1")).toThrow(/price report prep_1 cannot go from/)
    }
  })

  it("refuses upholding a dismissed report with a not_allowed error naming both states", () => {
    try {
      assertPriceReportTransition("dismissed", "upheld", "prep_9")
      expect.unreachable()
    } catch (error: any) {
      expect(error.kind).toBe("not_allowed")
      expect(error.message).toBe(
        'price report prep_9 cannot go from "dismissed" to "upheld"; from "dismissed" it can go to nothing (final state)'
      )
    }
  })
})
