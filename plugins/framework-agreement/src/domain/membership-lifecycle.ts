/**
 * Lifecycle of one supplier's membership (入围资格) in a framework agreement (MoF Order No. 110;
 * see shared/domain/framework-agreement.md, "Closed agreements" — removal — and "Open
 * agreements").
 *
 *   applied ──approve (≤7 working days)──▶ active ──suspend──▶ suspended ──reinstate──▶ active
 *     │  ▲                                  │  │                   │
 *     │  └──reapply── rejected ◀──reject────┘  ├──remove (reason)──┴──▶ removed   (final: cannot rejoin)
 *     │                                        └──leave──▶ left ──rejoin (open only)──▶ applied
 *     └──reject──▶ rejected
 *
 * (`rejected` comes from `applied`; the arrow is drawn once.)
 *
 * Closed and open agreements share the table, with rules on top:
 * - Closed (封闭式): a membership is created `active` when the agreement is signed; nobody applies,
 *   so `applied`, `rejected` and rejoining do not exist. A supplier "may not quit a closed
 *   agreement without good reason" [S]: `active → left` needs the solicitor to have accepted the
 *   reason, and `left` is final.
 * - Open (开放式): suppliers "join or leave at any time" until expiry [S]: they apply, may reapply
 *   after a rejection and rejoin after leaving.
 * - Removal is final for both: "removed suppliers cannot rejoin" [S]. A suspended supplier cannot
 *   leave (that would dodge a pending removal); it is reinstated or removed.
 */
import { InvalidTransitionError, InvalidValueError } from "@govmall/procurement-core/domain/domain-error"
import {
  assertTransition,
  canTransition,
  checkTransitions,
  reachableStates,
  type Transitions,
} from "@govmall/procurement-core/domain/state-machine"

export const MEMBERSHIP_STATUSES = [
  "applied",
  "active",
  "rejected",
  "suspended",
  "removed",
  "left",
] as const
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number]

/** The table's entry point (open agreements); closed memberships start at `active`. */
export const MEMBERSHIP_INITIAL_STATUS: MembershipStatus = "applied"

export const MEMBERSHIP_TRANSITIONS: Transitions<MembershipStatus> = {
  applied: { to: ["active", "rejected"] },
  rejected: { to: ["applied"] },
  active: { to: ["suspended", "removed", "left"] },
  suspended: { to: ["active", "removed"] },
  left: { to: ["applied"] },
  removed: { to: [] },
}

export type AgreementKind = "closed" | "open"

/** Transitions that exist only in open agreements. */
const OPEN_ONLY: ReadonlyArray<readonly [MembershipStatus, MembershipStatus]> = [
  ["applied", "active"],
  ["applied", "rejected"],
  ["rejected", "applied"],
  ["left", "applied"],
]

/** Grounds for removal during the term [S]; removal without one of them is refused. */
export const REMOVAL_REASONS = [
  "collusion",
  "false_materials",
  "refused_award_without_cause",
  "procurement_ban",
  "non_performance",
] as const
export type RemovalReason = (typeof REMOVAL_REASONS)[number]

/** Statuses in which the supplier may receive phase-2 awards. */
export const AWARDABLE_MEMBERSHIP_STATUSES: readonly MembershipStatus[] = ["active"]

export function initialMembershipStatus(kind: AgreementKind): MembershipStatus {
  return kind === "closed" ? "active" : "applied"
}

export function isMembershipStatus(value: unknown): value is MembershipStatus {
  return typeof value === "string" && (MEMBERSHIP_STATUSES as readonly string[]).includes(value)
}

export type MembershipTransitionContext = {
  kind: AgreementKind
  /** Required for `→ removed`. */
  removal_reason?: string
  /** Closed agreements: the solicitor accepted the supplier's reason for leaving. */
  leave_reason_accepted?: boolean
}

function openOnly(from: MembershipStatus, to: MembershipStatus): boolean {
  return OPEN_ONLY.some(([f, t]) => f === from && t === to)
}

export function canTransitionMembership(
  from: MembershipStatus,
  to: MembershipStatus,
  context: MembershipTransitionContext
): boolean {
  try {
    assertMembershipTransition(from, to, context)
    return true
  } catch {
    return false
  }
}

/**
 * Throws InvalidTransitionError (kind `not_allowed`) when the table or the agreement kind forbids
 * `from → to`, and InvalidValueError when a removal lacks one of REMOVAL_REASONS.
 */
export function assertMembershipTransition(
  from: MembershipStatus,
  to: MembershipStatus,
  context: MembershipTransitionContext,
  membershipId = "membership"
): void {
  const record = `membership ${membershipId}`
  assertTransition(MEMBERSHIP_TRANSITIONS, from, to, record)
  if (context.kind === "closed" && openOnly(from, to)) {
    throw new InvalidTransitionError(
      from,
      to,
      `${record} cannot go from "${from}" to "${to}": a closed agreement admits no applications or rejoining`
    )
  }
  if (context.kind === "closed" && from === "active" && to === "left" && !context.leave_reason_accepted) {
    throw new InvalidTransitionError(
      from,
      to,
      `${record} cannot leave a closed agreement without a reason the solicitor accepted`
    )
  }
  if (to === "removed" && !(REMOVAL_REASONS as readonly string[]).includes(context.removal_reason ?? "")) {
    throw new InvalidValueError(
      `removal_reason must be one of ${REMOVAL_REASONS.join(", ")}, got ${JSON.stringify(context.removal_reason ?? null)}`
    )
  }
}

/**
 * Refuses an application (open agreements) from a supplier whose membership in this agreement
 * was ever removed, or who already holds a live one. `history` is every membership record of the
 * supplier in the agreement, oldest first.
 */
export function assertMayApply(history: readonly MembershipStatus[], supplierId = "supplier"): void {
  if (history.includes("removed")) {
    throw new InvalidTransitionError(
      "removed",
      "applied",
      `supplier ${supplierId} was removed from this agreement and cannot rejoin`
    )
  }
  const current = history[history.length - 1]
  if (current === "applied" || current === "active" || current === "suspended") {
    throw new InvalidTransitionError(
      current,
      "applied",
      `supplier ${supplierId} already has a membership in state "${current}"`
    )
  }
}

/** Problems with the table (unreachable states, dangling targets); empty when sound. */
export function membershipTransitionProblems(): string[] {
  return checkTransitions(MEMBERSHIP_TRANSITIONS, MEMBERSHIP_INITIAL_STATUS)
}

/** The table as a closed agreement sees it (open-only transitions dropped). */
export const CLOSED_MEMBERSHIP_TRANSITIONS = Object.fromEntries(
  MEMBERSHIP_STATUSES.map((from) => [
    from,
    { to: MEMBERSHIP_TRANSITIONS[from].to.filter((to) => !openOnly(from, to)) },
  ])
) as unknown as Transitions<MembershipStatus>

/** States a closed membership can reach from `active`. */
export function closedMembershipReachable(): MembershipStatus[] {
  return reachableStates(CLOSED_MEMBERSHIP_TRANSITIONS, "active")
}
