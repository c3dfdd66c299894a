import { describe, expect, it } from "vitest"
import { createChineseDaysCalendar } from "@govmall/procurement-core/domain/chinese-days-calendar"
import {
  contractDeadlines,
  DEFAULT_DEADLINE_CONFIG,
  missedDeadlines,
  signingDue,
  type ContractMilestones,
} from "./contract-deadlines"

// The real 2026 State Council calendar (pinned in procurement-core's chinese-days-calendar.spec.ts).
const calendar = createChineseDaysCalendar()
const at = (iso: string) => new Date(iso)
/** End of a Shanghai day as an ISO instant. */
const endOf = (date: string) => new Date(`${date}T23:59:59.999+08:00`).toISOString()

const dueOf = (milestones: ContractMilestones, kind: string, now = at("2026-01-01T00:00:00+08:00")) =>
  contractDeadlines(calendar, milestones, now).find((d) => d.kind === kind)?.due?.toISOString() ?? null

describe("due dates on the 2026 calendar", () => {
  it.each([
    // signed at (Shanghai), publish due (2 WD), file due (7 WD), why
    ["2026-09-30T16:00:00+08:00", "2026-10-09", "2026-10-15", "National Day Oct 1–7 skipped; Sat Oct 10 is an adjusted working day"],
    ["2026-09-18T09:00:00+08:00", "2026-09-21", "2026-09-29", "Sun Sep 20 is an adjusted working day; Mid-Autumn Sep 25–27 skipped"],
    ["2026-02-13T11:00:00+08:00", "2026-02-24", "2026-03-02", "Sat Feb 14 works, Spring Festival Feb 15–23 off, Sat Feb 28 works"],
    ["2026-04-30T23:59:00+08:00", "2026-05-07", "2026-05-13", "Labour Day May 1–5 off, Sat May 9 works"],
    ["2026-01-01T10:00:00+08:00", "2026-01-05", "2026-01-12", "signed on a holiday: Sun Jan 4 (adjusted) is the first working day"],
    // 23:30 UTC on Sep 29 is already Sep 30 in Shanghai
    ["2026-09-29T23:30:00Z", "2026-10-09", "2026-10-15", "an instant counts from its Shanghai date"],
  ])("signed %s → publish by %s, file by %s (%s)", (signedAt, publishBy, fileBy) => {
    const milestones: ContractMilestones = { awarded_at: at("2026-09-01T10:00:00+08:00"), signed_at: at(signedAt) }
    expect(dueOf(milestones, "publish")).toBe(endOf(publishBy))
    expect(dueOf(milestones, "file")).toBe(endOf(fileBy))
  })

  it.each([
    ["2026-02-12T15:00:00+08:00", "2026-03-04", "10 WD across the Spring Festival with both adjusted Saturdays"],
    ["2026-09-30T15:00:00+08:00", "2026-10-20", "10 WD across National Day"],
  ])("invoice %s → pay by %s (%s)", (invoicedAt, payBy) => {
    expect(dueOf({ awarded_at: at("2026-01-05T10:00:00+08:00"), invoiced_at: at(invoicedAt) }, "pay")).toBe(endOf(payBy))
  })

  it("acceptance: 7 working days of delivery by default, configurable", () => {
    const milestones = { awarded_at: at("2026-01-05T10:00:00+08:00"), delivered_at: at("2026-02-11T10:00:00+08:00") }
    expect(dueOf(milestones, "accept")).toBe(endOf("2026-02-27"))
    // Wed Feb 11 + 3 WD: Thu 12, Fri 13, Sat 14 (adjusted working day before the Spring Festival)
    const three = contractDeadlines(calendar, milestones, at("2026-01-05T00:00:00Z"), {
      ...DEFAULT_DEADLINE_CONFIG,
      acceptance_working_days: 3,
    }).find((d) => d.kind === "accept")
    expect(three?.due?.toISOString()).toBe(endOf("2026-02-14"))
  })

  it("signing: 30 calendar days, holidays included", () => {
    expect(signingDue(calendar, { awarded_at: at("2026-09-15T10:00:00+08:00") })?.toISOString()).toBe(endOf("2026-10-15"))
  })
})

describe("force majeure", () => {
  const awarded_at = at("2026-03-02T10:00:00+08:00") // normal due: end of 2026-04-01
  it.each<[ContractMilestones["force_majeure"], string | null, string]>([
    [null, endOf("2026-04-01"), "none"],
    [{ started_at: at("2026-03-10T00:00:00+08:00"), ended_at: at("2026-03-20T12:00:00+08:00") }, endOf("2026-04-01"), "ended early: 7 days after is earlier, the 30 days stand"],
    [{ started_at: at("2026-03-20T00:00:00+08:00"), ended_at: at("2026-03-30T12:00:00+08:00") }, endOf("2026-04-06"), "7 days after the end is later"],
    [{ started_at: at("2026-03-20T00:00:00+08:00") }, null, "ongoing: no due date"],
  ])("%j → %s (%s)", (force_majeure, due) => {
    expect(signingDue(calendar, { awarded_at, force_majeure })?.toISOString() ?? null).toBe(due)
  })

  it("an ongoing cause suspends the signing deadline instead of missing it", () => {
    const milestones = { awarded_at, force_majeure: { started_at: at("2026-03-20T00:00:00+08:00") } }
    const sign = contractDeadlines(calendar, milestones, at("2026-06-01T00:00:00+08:00"))[0]
    expect(sign).toMatchObject({ kind: "sign", state: "suspended", due: null })
    expect(missedDeadlines(calendar, milestones, at("2026-06-01T00:00:00+08:00"))).toEqual([])
  })

  it("refuses an end before the start", () => {
    expect(() =>
      signingDue(calendar, { awarded_at, force_majeure: { started_at: at("2026-03-20T00:00:00Z"), ended_at: at("2026-03-19T00:00:00Z") } })
    ).toThrow("force_majeure.ended_at must not be before force_majeure.started_at")
  })
})

describe("missedDeadlines", () => {
  const awarded_at = at("2026-09-15T10:00:00+08:00") // sign by end of 2026-10-15

  it("is empty up to the last millisecond of the due day and lists the deadline after it", () => {
    expect(missedDeadlines(calendar, { awarded_at }, at("2026-10-15T23:59:59.999+08:00"))).toEqual([])
    const missed = missedDeadlines(calendar, { awarded_at }, at("2026-10-16T00:00:00+08:00"))
    expect(missed.map((d) => [d.kind, d.rule])).toEqual([["sign", "contract.not_signed_in_time"]])
  })

  it("lists publication and filing after a signature on Sep 30, on the right days", () => {
    const milestones = { awarded_at, signed_at: at("2026-09-30T16:00:00+08:00") }
    expect(missedDeadlines(calendar, milestones, at("2026-10-09T23:00:00+08:00"))).toEqual([])
    expect(missedDeadlines(calendar, milestones, at("2026-10-10T00:00:01+08:00")).map((d) => d.kind)).toEqual(["publish"])
    expect(missedDeadlines(calendar, { ...milestones, published_at: at("2026-10-12T09:00:00+08:00") }, at("2026-10-16T08:00:00+08:00")).map((d) => d.kind)).toEqual([
      "file",
    ])
  })

  it("reports a milestone recorded after its due date as met_late, not missed", () => {
    const milestones = {
      awarded_at,
      signed_at: at("2026-09-30T16:00:00+08:00"),
      published_at: at("2026-10-12T09:00:00+08:00"),
      filed_at: at("2026-10-14T09:00:00+08:00"),
    }
    const states = Object.fromEntries(contractDeadlines(calendar, milestones, at("2026-12-01T00:00:00+08:00")).map((d) => [d.kind, d.state]))
    expect(states).toEqual({ sign: "met", publish: "met_late", file: "met", accept: "pending", pay: "pending" })
  })

  it("lists acceptance and payment overdue together", () => {
    const milestones: ContractMilestones = {
      awarded_at,
      signed_at: at("2026-09-16T10:00:00+08:00"),
      published_at: at("2026-09-17T10:00:00+08:00"),
      filed_at: at("2026-09-17T10:00:00+08:00"),
      delivered_at: at("2026-09-30T10:00:00+08:00"), // accept by end of 2026-10-15
      invoiced_at: at("2026-09-30T10:00:00+08:00"), // pay by end of 2026-10-20
    }
    expect(missedDeadlines(calendar, milestones, at("2026-10-16T00:00:00+08:00")).map((d) => d.kind)).toEqual(["accept"])
    expect(missedDeadlines(calendar, milestones, at("2026-10-21T00:00:00+08:00")).map((d) => d.kind)).toEqual(["accept", "pay"])
    expect(missedDeadlines(calendar, { ...milestones, accepted_at: at("2026-10-10T10:00:00+08:00"), paid_at: at("2026-10-20T10:00:00+08:00") }, at("2026-10-21T00:00:00+08:00"))).toEqual([])
  })

  it("refuses a broken configuration", () => {
    expect(() => missedDeadlines(calendar, { awarded_at }, awarded_at, { ...DEFAULT_DEADLINE_CONFIG, payment_working_days: -1 })).toThrow(
      "payment_working_days must be a whole number ≥ 0, got -1"
    )
  })
})
