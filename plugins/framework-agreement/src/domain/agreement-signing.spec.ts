import { describe, expect, it } from "vitest"
import { decideAgreementSigning, requiredSides } from "./agreement-signing"

const deadline = new Date("2027-01-10T15:59:59.999Z")
const before = new Date("2027-01-05T02:00:00Z")
const after = new Date("2027-01-11T02:00:00Z")

describe("decideAgreementSigning", () => {
  it.each([
    ["closed", before, null, before, { status: "pending_signature", missing: ["supplier"] }],
    ["closed", before, before, null, { status: "pending_signature", missing: ["solicitor"] }],
    ["closed", before, before, before, { status: "active", signed_at: before }],
    ["closed", after, before, null, { status: "lapsed", fault: "solicitor" }],
    ["closed", after, null, null, { status: "lapsed", fault: "both" }],
    ["open", before, null, null, { status: "pending_signature", missing: ["solicitor"] }],
    ["open", before, null, before, { status: "active", signed_at: before }],
    ["open", after, null, null, { status: "lapsed", fault: "solicitor" }],
  ] as const)("%s at %s (supplier %s, solicitor %s)", (kind, now, supplier, solicitor, expected) => {
    expect(
      decideAgreementSigning({ kind, now, deadline, supplier_signed_at: supplier, solicitor_signed_at: solicitor })
    ).toEqual(expected)
  })

  it("names the sides each kind needs", () => {
    expect(requiredSides("closed")).toEqual(["supplier", "solicitor"])
    expect(requiredSides("open")).toEqual(["solicitor"])
  })
})
