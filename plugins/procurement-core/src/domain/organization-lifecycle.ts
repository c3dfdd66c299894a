/**
 * Lifecycle of an organization on the platform (supplier admission review, 入驻审核).
 *
 *   pending_review ──approve──▶ approved ──suspend──▶ suspended
 *     ▲     │                     │  ▲                 │  │
 *     │   reject                ban  └──reinstate──────┘  ban
 *     │     ▼                     ▼                        ▼
 *   rejected (resubmit)        banned ──reinstate (only once banned_until has passed)──▶ approved
 *
 * Suppliers and banks register themselves and start pending_review; purchasing units,
 * agencies, regulators, banks and the platform created by the platform start approved.
 */
import { InvalidTransitionError, InvalidValueError } from "./domain-error"
import { assertTransition, canTransition, Transitions } from "./state-machine"

export const ORGANIZATION_KINDS = [
  "purchasing_unit",
  "supplier",
  "agency",
  "regulator",
  "bank",
  "platform",
] as const
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number]

export const ORGANIZATION_STATUSES = [
  "pending_review",
  "approved",
  "rejected",
  "suspended",
  "banned",
] as const
export type OrganizationStatus = (typeof ORGANIZATION_STATUSES)[number]

export const ORGANIZATION_TRANSITIONS: Transitions<OrganizationStatus> = {
  pending_review: { to: ["approved", "rejected"] },
  approved: { to: ["suspended", "banned"] },
  suspended: { to: ["approved", "banned"] },
  banned: { to: ["approved"] },
  rejected: { to: ["pending_review"] },
}

export const ORGANIZATION_INITIAL_STATUS: OrganizationStatus = "pending_review"

/** Kinds that register themselves (and so are reviewed); the others are created by the platform. */
export const SELF_REGISTERING_KINDS: readonly OrganizationKind[] = ["supplier", "bank"]

/** Transitions that must carry a reason. */
export const REASON_REQUIRED_FOR: readonly OrganizationStatus[] = ["rejected", "suspended", "banned"]

/** The milestone column set when an organization enters a status. */
export const MILESTONE_FOR: Record<OrganizationStatus, string> = {
  pending_review: "submitted_at",
  approved: "approved_at",
  rejected: "rejected_at",
  suspended: "suspended_at",
  banned: "banned_at",
}

export type OrganizationTransitionInput = {
  id?: string
  kind?: OrganizationKind
  from: OrganizationStatus
  to: OrganizationStatus
  reason?: string | null
  banned_until?: Date | null
  /** The organization's current ban end (for banned → approved). */
  current_banned_until?: Date | null
  now: Date
}

/**
 * Checks a transition against the table and its guards; throws InvalidTransitionError
 * (not_allowed) or InvalidValueError (invalid_data) naming the organization.
 * - rejected / suspended / banned need a reason;
 * - banned needs banned_until after `now` (null = permanent ban is allowed: pass no date);
 * - banned → approved only once `now` ≥ banned_until (never for a permanent ban).
 */
export function assertOrganizationTransition(input: OrganizationTransitionInput): void {
  const record = `${input.kind ?? "organization"} organization${input.id ? ` ${input.id}` : ""}`
  assertTransition(ORGANIZATION_TRANSITIONS, input.from, input.to, record)
  if (REASON_REQUIRED_FOR.includes(input.to) && !input.reason?.trim()) {
    throw new InvalidValueError(`reason is required to move ${record} to ${input.to}`)
  }
  if (input.to === "banned" && input.banned_until && input.banned_until.getTime() <= input.now.getTime()) {
    throw new InvalidValueError(
      `banned_until must be in the future, got ${input.banned_until.toISOString()} (now ${input.now.toISOString()})`
    )
  }
  if (input.from === "banned" && input.to === "approved") {
    const until = input.current_banned_until
    if (!until) {
      throw new InvalidTransitionError(input.from, input.to, `${record} is banned permanently and cannot be reinstated`)
    }
    if (input.now.getTime() < until.getTime()) {
      throw new InvalidTransitionError(
        input.from,
        input.to,
        `${record} is banned until ${until.toISOString()}; it can be reinstated only after that`
      )
    }
  }
}

export function canOrganizationTransition(from: OrganizationStatus, to: OrganizationStatus): boolean {
  return canTransition(ORGANIZATION_TRANSITIONS, from, to)
}

/** The status an organization starts in: self-registered kinds are reviewed first. */
export function initialOrganizationStatus(kind: OrganizationKind, selfRegistered: boolean): OrganizationStatus {
  return selfRegistered && SELF_REGISTERING_KINDS.includes(kind) ? "pending_review" : "approved"
}

export const MEMBER_ROLES = ["admin", "operator", "approver", "viewer"] as const
export type MemberRole = (typeof MEMBER_ROLES)[number]

export const MEMBER_ACTOR_TYPES = ["customer", "user", "supplier", "bank"] as const
export type MemberActorType = (typeof MEMBER_ACTOR_TYPES)[number]

export const MEMBER_STATUSES = ["active", "disabled"] as const
export type MemberStatus = (typeof MEMBER_STATUSES)[number]

/** Which Medusa actor a member of an organization kind logs in as. */
export function memberActorTypeForKind(kind: OrganizationKind): MemberActorType {
  switch (kind) {
    case "purchasing_unit":
      return "customer"
    case "supplier":
      return "supplier"
    case "bank":
      return "bank"
    case "agency":
    case "regulator":
    case "platform":
      return "user"
  }
}

export const ENTERPRISE_SIZES = ["large", "medium", "small", "micro"] as const
export type EnterpriseSize = (typeof ENTERPRISE_SIZES)[number]

export const SUPPLIER_SPECIAL_STATUSES = ["none", "disability_welfare_unit", "prison_enterprise"] as const
export type SupplierSpecialStatus = (typeof SUPPLIER_SPECIAL_STATUSES)[number]

export const EXPERT_STATUSES = ["active", "suspended"] as const
export type ExpertStatus = (typeof EXPERT_STATUSES)[number]
