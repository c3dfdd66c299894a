import { describe, expect, it } from "vitest"
import { createChineseDaysCalendar } from "@govmall/procurement-core/domain/chinese-days-calendar"
import { awardAnnouncementDue } from "./award-announcement"

const calendar = createChineseDaysCalendar()
const endOf = (date: string) => new Date(`${date}T23:59:59.999+08:00`)
const ENDS = new Date("2026-09-30T23:59:59.999+08:00")

describe("awardAnnouncementDue", () => {
  it.each([
    ["second_round_bidding", "2026-09-30T15:00:00+08:00", { kind: "per_award", due: endOf("2026-10-09") }],
    ["rotation", "2026-09-18T09:00:00+08:00", { kind: "per_award", due: endOf("2026-09-21") }], // Sun 20 Sep works
    // summary: 10 WD after the agreement ends on 30 Sep → across National Day to 20 Oct
    ["direct_selection", "2026-03-02T09:00:00+08:00", { kind: "summary", due: endOf("2026-10-20") }],
  ] as const)("%s awarded %s → %j", (method, awardedAt, expected) => {
    expect(awardAnnouncementDue(calendar, method, new Date(awardedAt), ENDS)).toEqual(expected)
  })

  it("refuses an award after the agreement ended", () => {
    expect(() => awardAnnouncementDue(calendar, "rotation", new Date("2026-10-01T00:00:00+08:00"), ENDS)).toThrow(
      "an award cannot be made after the agreement ends"
    )
  })
})
