/**
 * Route permissions of this plugin for actors OUTSIDE `/admin` (custom actors such as the
 * supplier). Every `/admin/*` route — ours, other plugins' and Medusa's own — is decided by
 * the one table in `domain/admin-access-policy.ts`, applied by the global role middleware
 * (`utils/admin-access-middleware.ts`), which leaves the caller's membership on the request
 * as `req.procurement_membership` exactly like `requirePolicy` does here.
 */
import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { ORGANIZATION_STATUSES } from "../domain/organization-lifecycle"
import type { AuditActor } from "../modules/procurement_audit/append-audit-entry"
import {
  requireActorOrganization,
  type RequireActorOrganizationOptions,
} from "../modules/procurement_organization/require-actor-organization"
import type { MemberDTO, OrganizationDTO } from "../modules/procurement_organization/types"

export const ORGANIZATION_POLICIES = {
  /** POST /supplier/resubmit: the rejected supplier's own admin. */
  "supplier.resubmit": {
    kinds: ["supplier"],
    statuses: ["rejected"],
    roles: ["admin"],
    action: "resubmit their registration",
  },
  /**
   * POST /supplier/documents: a supplier under review (or rejected and correcting its
   * registration before resubmitting) must be able to upload its qualifications; a suspended
   * or banned one may not. Viewers read only.
   */
  "supplier.documents.upload": {
    kinds: ["supplier"],
    statuses: ["approved", "pending_review", "rejected"],
    roles: ["admin", "operator"],
    action: "upload documents",
  },
  /** GET /supplier/documents[/:id/content]: the organization's own documents, whatever its status. */
  "supplier.documents.read": {
    kinds: ["supplier"],
    statuses: [...ORGANIZATION_STATUSES],
    action: "read their documents",
  },
  "bank.documents.upload": {
    kinds: ["bank"],
    statuses: ["approved", "pending_review", "rejected"],
    roles: ["admin", "operator"],
    action: "upload documents",
  },
  "bank.documents.read": {
    kinds: ["bank"],
    statuses: [...ORGANIZATION_STATUSES],
    action: "read their documents",
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

/** The audit actor of a request, with the organization its policy (or the admin role middleware) resolved. */
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
