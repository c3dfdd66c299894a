import { describe, expect, it } from "vitest"
import {
  assertMayApply,
  assertMembershipTransition,
  canTransitionMembership,
  closedMembershipReachable,
  initialMembershipStatus,
  MEMBERSHIP_STATUSES,
  membershipTransitionProblems,
  type AgreementKind,
  type MembershipStatus,
} from "./membership-lifecycle"

// Allowed with a removal reason where the target is `removed` and, for closed agreements, an
// accepted leave reason; kinds list where each transition exists.
const ALLOWED: Array<[MembershipStatus, MembershipStatus, AgreementKind[]]> = [
  ["applied", "active", ["open"]],
  ["applied", "rejected", ["open"]],
  ["rejected", "applied", ["open"]],
  ["active", "suspended", ["open", "closed"]],
  ["active", "removed", ["open", "closed"]],
  ["active", "left", ["open", "closed"]],
  ["suspended", "active", ["open", "closed"]],
  ["suspended", "removed", ["open", "closed"]],
  ["left", "applied", ["open"]],
]

const permissive = (kind: AgreementKind) => ({
  kind,
  removal_reason: "collusion",
  leave_reason_accepted: true,
})

describe("membership lifecycle", () => {
  it("has every state reachable from applied (open) and no dangling target", () => {
    expect(membershipTransitionProblems()).toEqual([])
  })

  it("reaches every closed-agreement state from active, and never applied/rejected", () => {
    expect(closedMembershipReachable().sort()).toEqual(["active", "left", "removed", "suspended"])
  })

  it.each<[AgreementKind, MembershipStatus]>([
    ["closed", "active"],
    ["open", "applied"],
  ])("a %s membership starts %s", (kind, status) => {
    expect(initialMembershipStatus(kind)).toBe(status)
  })

  const cases = (["open", "closed"] as const).flatMap((kind) =>
    MEMBERSHIP_STATUSES.flatMap((from) => MEMBERSHIP_STATUSES.map((to) => [kind, from, to] as const))
  )
  it.each(cases)("%s: %s → %s follows the table", (kind, from, to) => {
    const allowed = ALLOWED.some(([f, t, kinds]) => f === from && t === to && kinds.includes(kind))
    expect(canTransitionMembership(from, to, permissive(kind))).toBe(allowed)
    if (!allowed) {
      expect(() => assertMembershipTransition(from, to, permissive(kind), "m_1")).toThrow(
        /membership m_1 cannot/
      )
    }
  })

  it("makes removal final: nothing leaves removed", () => {
    expect(() => assertMembershipTransition("removed", "applied", { kind: "open" }, "m_2")).toThrow(
      'membership m_2 cannot go from "removed" to "applied"; from "removed" it can go to nothing (final state)'
    )
  })

  it.each([undefined, "", "dislike"])("refuses removal with reason %j, naming the field", (reason) => {
    try {
      assertMembershipTransition("active", "removed", { kind: "closed", removal_reason: reason })
      expect.unreachable()
    } catch (error: any) {
      expect(error.kind).toBe("invalid_data")
      expect(error.message).toMatch(/^removal_reason must be one of collusion, false_materials/)
    }
  })

  it("lets a supplier leave an open agreement freely but a closed one only with an accepted reason", () => {
    expect(canTransitionMembership("active", "left", { kind: "open" })).toBe(true)
    expect(() => assertMembershipTransition("active", "left", { kind: "closed" }, "m_3")).toThrow(
      "membership m_3 cannot leave a closed agreement without a reason the solicitor accepted"
    )
    expect(canTransitionMembership("active", "left", { kind: "closed", leave_reason_accepted: true })).toBe(true)
  })
})

describe("assertMayApply", () => {
  it.each<[string, MembershipStatus[]]>([
    ["a first application", []],
    ["after a rejection", ["rejected"]],
    ["after leaving", ["applied", "active", "left"]],
  ])("allows %s", (_label, history) => {
    expect(() => assertMayApply(history, "sup_1")).not.toThrow()
  })

  it.each<[string, MembershipStatus[], RegExp]>([
    ["a removed supplier, even after later records", ["active", "removed", "left"], /sup_1 was removed from this agreement and cannot rejoin/],
    ["a pending application", ["applied"], /already has a membership in state "applied"/],
    ["an active member", ["active"], /already has a membership in state "active"/],
    ["a suspended member", ["active", "suspended"], /already has a membership in state "suspended"/],
  ])("refuses %s", (_label, history, message) => {
    expect(() => assertMayApply(history, "sup_1")).toThrow(message)
  })
})
