import {
  assertOrganizationTransition,
  canOrganizationTransition,
  initialOrganizationStatus,
  memberActorTypeForKind,
  ORGANIZATION_INITIAL_STATUS,
  ORGANIZATION_STATUSES,
  ORGANIZATION_TRANSITIONS,
  OrganizationStatus,
} from "./organization-lifecycle"
import { checkTransitions, reachableStates } from "./state-machine"

const now = new Date("2026-09-30T01:30:00Z")
const later = new Date("2026-10-30T00:00:00Z")

describe("organization lifecycle", () => {
  it("has a sound table: every status reachable from pending_review, no dangling targets", () => {
    expect(checkTransitions(ORGANIZATION_TRANSITIONS, ORGANIZATION_INITIAL_STATUS)).toEqual([])
    expect(reachableStates(ORGANIZATION_TRANSITIONS, "pending_review").sort()).toEqual(
      [...ORGANIZATION_STATUSES].sort()
    )
    // A platform-created organization starts approved and can still be suspended and banned.
    expect(reachableStates(ORGANIZATION_TRANSITIONS, "approved").sort()).toEqual(["approved", "banned", "suspended"])
  })

  it.each<[OrganizationStatus, OrganizationStatus, boolean]>([
    ["pending_review", "approved", true],
    ["pending_review", "rejected", true],
    ["pending_review", "suspended", false],
    ["approved", "suspended", true],
    ["approved", "banned", true],
    ["approved", "rejected", false],
    ["suspended", "approved", true],
    ["suspended", "banned", true],
    ["banned", "approved", true],
    ["banned", "suspended", false],
    ["rejected", "pending_review", true],
    ["rejected", "approved", false],
  ])("%s → %s allowed: %s", (from, to, allowed) => {
    expect(canOrganizationTransition(from, to)).toBe(allowed)
  })

  it("names the organization and the allowed moves when refusing", () => {
    expect(() =>
      assertOrganizationTransition({ id: "org_1", kind: "supplier", from: "rejected", to: "approved", now })
    ).toThrow('supplier organization org_1 cannot go from "rejected" to "approved"; from "rejected" it can go to "pending_review"')
  })

  it.each<OrganizationStatus>(["rejected", "suspended", "banned"])("requires a reason to go to %s", (to) => {
    const from: OrganizationStatus = to === "rejected" ? "pending_review" : "approved"
    expect(() => assertOrganizationTransition({ id: "org_1", from, to, reason: "  ", now })).toThrow(
      /reason is required/
    )
    expect(() => assertOrganizationTransition({ id: "org_1", from, to, reason: "fake licence", now })).not.toThrow()
  })

  it("refuses a ban that ends in the past", () => {
    expect(() =>
      assertOrganizationTransition({ from: "approved", to: "banned", reason: "collusion", banned_until: now, now })
    ).toThrow(/banned_until must be in the future/)
  })

  it("reinstates a banned organization only once banned_until has passed, never a permanent ban", () => {
    const input = { id: "org_1", from: "banned" as const, to: "approved" as const, now }
    expect(() => assertOrganizationTransition({ ...input, current_banned_until: later })).toThrow(
      "organization org_1 is banned until 2026-10-30T00:00:00.000Z; it can be reinstated only after that"
    )
    expect(() => assertOrganizationTransition({ ...input, current_banned_until: null })).toThrow(/permanently/)
    expect(() => assertOrganizationTransition({ ...input, now: later, current_banned_until: later })).not.toThrow()
  })

  it("starts self-registered suppliers and banks in review, platform-created ones approved", () => {
    expect(initialOrganizationStatus("supplier", true)).toBe("pending_review")
    expect(initialOrganizationStatus("bank", true)).toBe("pending_review")
    expect(initialOrganizationStatus("bank", false)).toBe("approved")
    expect(initialOrganizationStatus("purchasing_unit", false)).toBe("approved")
  })

  it("maps organization kinds to the Medusa actor their members log in as", () => {
    expect(memberActorTypeForKind("purchasing_unit")).toBe("customer")
    expect(memberActorTypeForKind("agency")).toBe("user")
    expect(memberActorTypeForKind("regulator")).toBe("user")
    expect(memberActorTypeForKind("supplier")).toBe("supplier")
    expect(memberActorTypeForKind("bank")).toBe("bank")
  })
})
