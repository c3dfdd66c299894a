import { describe, expect, it } from "vitest"
import {
  AGREEMENT_STATUSES,
  agreementTransitionProblems,
  assertAgreementTransition,
  canTransitionAgreement,
  decideSigning,
  isAgreementExpired,
  type AgreementStatus,
  type SigningDecision,
} from "./agreement-lifecycle"

const ALLOWED: Array<[AgreementStatus, AgreementStatus]> = [
  ["pending_signature", "active"],
  ["pending_signature", "lapsed"],
  ["active", "expired"],
  ["active", "terminated"],
]

describe("agreement lifecycle", () => {
  it("has every state reachable from pending_signature and no dangling target", () => {
    expect(agreementTransitionProblems()).toEqual([])
  })

  const allPairs = AGREEMENT_STATUSES.flatMap((from) =>
    AGREEMENT_STATUSES.map((to) => [from, to] as const)
  )
  it.each(allPairs)("%s → %s follows the table", (from, to) => {
    const allowed = ALLOWED.some(([f, t]) => f === from && t === to)
    expect(canTransitionAgreement(from, to)).toBe(allowed)
    if (allowed) {
      expect(() => assertAgreementTransition(from, to, "fa_1")).not.toThrow()
    } else {
      expect(() => assertAgreementTransition(from, to, "fa_1")).toThrow(
        /agreement fa_1 cannot go from/
      )
    }
  })

  it("refuses reviving a lapsed agreement", () => {
    expect(() => assertAgreementTransition("lapsed", "active", "fa_2")).toThrow(
      'agreement fa_2 cannot go from "lapsed" to "active"; from "lapsed" it can go to nothing (final state)'
    )
  })
})

describe("decideSigning (30-day window)", () => {
  const deadline = new Date("2026-03-31T15:59:59.999Z")
  const before = new Date("2026-03-20T02:00:00Z")
  const later = new Date("2026-03-25T02:00:00Z")
  const afterDeadline = new Date("2026-04-01T01:00:00Z")

  it.each<[string, Date, Date | null, Date | null, SigningDecision]>([
    ["nobody signed yet, window open", before, null, null, { status: "pending_signature", missing: ["supplier", "solicitor"] }],
    ["supplier signed, solicitor pending", later, before, null, { status: "pending_signature", missing: ["solicitor"] }],
    ["both signed: active from the later signature", later, later, before, { status: "active", signed_at: later }],
    ["both signed exactly at the deadline", afterDeadline, deadline, deadline, { status: "active", signed_at: deadline }],
    ["window closed, supplier never signed", afterDeadline, null, before, { status: "lapsed", fault: "supplier" }],
    ["window closed, solicitor never signed", afterDeadline, before, null, { status: "lapsed", fault: "solicitor" }],
    ["window closed, nobody signed", afterDeadline, null, null, { status: "lapsed", fault: "both" }],
    ["a supplier signature after the deadline does not count", afterDeadline, afterDeadline, before, { status: "lapsed", fault: "supplier" }],
    ["still pending at the deadline's last millisecond", deadline, null, before, { status: "pending_signature", missing: ["supplier"] }],
  ])("%s", (_label, now, supplier, solicitor, expected) => {
    expect(decideSigning({ now, deadline, supplier_signed_at: supplier, solicitor_signed_at: solicitor })).toEqual(expected)
  })

  it("refuses a signature dated after now and an invalid date, naming the field", () => {
    expect(() =>
      decideSigning({ now: before, deadline, supplier_signed_at: later, solicitor_signed_at: null })
    ).toThrow(/supplier_signed_at .* is after now/)
    expect(() =>
      decideSigning({ now: new Date("x"), deadline, supplier_signed_at: null, solicitor_signed_at: null })
    ).toThrow(/now must be a valid Date/)
  })
})

describe("isAgreementExpired", () => {
  const endsAt = new Date("2027-03-31T16:00:00Z")
  it.each([
    [new Date("2027-03-31T15:59:59.999Z"), false],
    [endsAt, true],
    [new Date("2027-04-02T00:00:00Z"), true],
  ])("at %s → %s", (now, expired) => {
    expect(isAgreementExpired(now, endsAt)).toBe(expired)
  })
})
