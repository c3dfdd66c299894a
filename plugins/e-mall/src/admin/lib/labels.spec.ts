import { describe, expect, it } from "vitest"
import {
  formatShanghai,
  offerDecisions,
  offerStatusBadge,
  priceReportDecisions,
  priceReportStatusBadge,
} from "./labels"

describe("status badges", () => {
  it.each([
    ["pending_review", "orange", "offerStatus.pending_review"],
    ["approved", "green", "offerStatus.approved"],
    ["rejected", "red", "offerStatus.rejected"],
    ["delisted", "grey", "offerStatus.delisted"],
    ["draft", "grey", "offerStatus.draft"],
    ["archived", "grey", "offerStatus.unknown"],
  ])("offer %s → %s %s", (status, color, key) => {
    expect(offerStatusBadge(status)).toEqual({ color, key })
  })

  it.each([
    ["open", "orange", "reportStatus.open"],
    ["upheld", "purple", "reportStatus.upheld"],
    ["resolved", "green", "reportStatus.resolved"],
    ["dismissed", "grey", "reportStatus.dismissed"],
    ["expired", "red", "reportStatus.expired"],
    ["", "grey", "reportStatus.unknown"],
  ])("report %s → %s %s", (status, color, key) => {
    expect(priceReportStatusBadge(status)).toEqual({ color, key })
  })
})

describe("decisions offered", () => {
  it.each([
    ["pending_review", ["approve", "reject"]],
    ["approved", []],
    ["rejected", []],
    ["delisted", []],
    ["draft", []],
  ])("offer %s → %j", (status, decisions) => {
    expect(offerDecisions(status)).toEqual(decisions)
  })

  it.each([
    ["open", ["uphold", "dismiss"]],
    ["upheld", []],
    ["dismissed", []],
    ["resolved", []],
    ["expired", []],
  ])("report %s → %j", (status, decisions) => {
    expect(priceReportDecisions(status)).toEqual(decisions)
  })
})

describe("formatShanghai", () => {
  it.each([
    ["2026-11-27T15:59:59.999Z", true, "2026-11-27 23:59"],
    ["2026-11-27T16:00:00.000Z", true, "2026-11-28 00:00"],
    ["2026-11-27T16:00:00.000Z", false, "2026-11-28"],
    [null, true, "—"],
    ["not a date", true, "not a date"],
  ] as const)("%s (time %s) → %s", (iso, withTime, shown) => {
    expect(formatShanghai(iso, withTime)).toBe(shown)
  })
})
