/**
 * Who may call which organization route — the one place per plugin where route permissions
 * live, so that the global role middleware (next issue) can lift them. Each policy is the
 * argument of `requireActorOrganization`; `requirePolicy(name)` turns it into a middleware that
 * also leaves the caller's membership on the request (`req.procurement_membership`) for the
 * audit entry.
 *
 * Admin routes: Medusa authenticates every `/admin/*` caller as a `user` but does not tell
 * agency, regulator and platform staff apart; these policies do.
 */
import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { AuditActor } from "../modules/procurement_audit/append-audit-entry"
import {
  requireActorOrganization,
  type RequireActorOrganizationOptions,
} from "../modules/procurement_organization/require-actor-organization"
import type { MemberDTO, OrganizationDTO } from "../modules/procurement_organization/types"

export const ORGANIZATION_POLICIES = {
  /** GET /admin/organizations, GET /admin/organizations/:id */
  "organizations.read": {
    kinds: ["regulator", "platform", "agency"],
    action: "read organizations",
  },
  /** POST /admin/organizations (purchasing units, agencies, regulators, banks) */
  "organizations.create": {
    kinds: ["regulator", "platform"],
    roles: ["admin"],
    action: "create organizations",
  },
  /** POST /admin/organizations/:id/{approve,reject,suspend,ban,reinstate} */
  "organizations.review": {
    kinds: ["regulator", "platform"],
    roles: ["admin", "approver"],
    action: "review organizations",
  },
  /** POST /admin/organizations/:id/members */
  "members.enroll": {
    kinds: ["regulator", "platform"],
    roles: ["admin"],
    action: "enroll members",
  },
  /** POST /admin/experts, GET /admin/experts */
  "experts.enroll": {
    kinds: ["regulator", "agency", "platform"],
    roles: ["admin", "operator"],
    action: "enroll experts",
  },
  "experts.read": {
    kinds: ["regulator", "agency", "platform"],
    action: "read experts",
  },
  /** POST /supplier/resubmit: the rejected supplier's own admin. */
  "supplier.resubmit": {
    kinds: ["supplier"],
    statuses: ["rejected"],
    roles: ["admin"],
    action: "resubmit their registration",
  },
} as const satisfies Record<string, RequireActorOrganizationOptions>

export type OrganizationPolicyName = keyof typeof ORGANIZATION_POLICIES

export type Membership = { organization: OrganizationDTO; member: MemberDTO }

type RequestWithMembership = AuthenticatedMedusaRequest & { procurement_membership?: Membership }

/** Middleware enforcing a policy (401 / 403 as `requireActorOrganization` throws). */
export function requirePolicy(name: OrganizationPolicyName) {
  const policy = ORGANIZATION_POLICIES[name] as RequireActorOrganizationOptions
  return async (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const membership = await requireActorOrganization(req as AuthenticatedMedusaRequest, {
      ...policy,
      kinds: [...policy.kinds],
      statuses: policy.statuses ? [...policy.statuses] : undefined,
      roles: policy.roles ? [...policy.roles] : undefined,
    })
    ;(req as RequestWithMembership).procurement_membership = membership
    next()
  }
}

/** The audit actor of a request, with the organization its policy resolved. */
export function auditActorOf(req: MedusaRequest): AuditActor {
  const auth = (req as AuthenticatedMedusaRequest).auth_context
  if (!auth?.actor_id || !auth.actor_type) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "an authenticated actor is required")
  }
  return {
    actor_id: auth.actor_id,
    actor_type: auth.actor_type,
    organization_id: (req as RequestWithMembership).procurement_membership?.organization.id ?? null,
    ip: req.ip ?? null,
  }
}
