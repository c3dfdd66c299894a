import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type ProcurementOrganizationService from "./service"
import type { MemberDTO, MemberRole, OrganizationDTO, OrganizationKind, OrganizationStatus } from "./types"

export const PROCUREMENT_ORGANIZATION_MODULE = "procurement_organization"

export type RequireActorOrganizationOptions = {
  /** The organization must be one of these kinds. */
  kinds: OrganizationKind[]
  /** The organization must be in one of these statuses; default ["approved"]. */
  statuses?: OrganizationStatus[]
  /** The member must have one of these roles; default any role. */
  roles?: MemberRole[]
  /** Words for the error message, e.g. "approve organizations". */
  action?: string
}

/**
 * The caller's organization and membership, resolved from `req.auth_context`
 * (actor_type + actor_id → member). Throws MedusaError
 * - UNAUTHORIZED (HTTP 401) when the request carries no authenticated actor;
 * - FORBIDDEN (HTTP 403) when the actor is a member of no organization, the member is
 *   disabled, or the organization's kind / status or the member's role does not match.
 * Messages name what is missing, e.g. "supplier organization org_… is pending_review; only
 * approved supplier organizations may …".
 */
export async function requireActorOrganization(
  req: AuthenticatedMedusaRequest,
  options: RequireActorOrganizationOptions
): Promise<{ organization: OrganizationDTO; member: MemberDTO }> {
  const auth = req.auth_context
  if (!auth?.actor_id || !auth.actor_type) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "an authenticated actor is required")
  }
  const action = options.action ?? "do this"
  const statuses = options.statuses ?? ["approved"]
  const service = req.scope.resolve<ProcurementOrganizationService>(PROCUREMENT_ORGANIZATION_MODULE)
  const membership = await service.retrieveMembership(auth.actor_type, auth.actor_id)
  if (!membership) {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      `${auth.actor_type} ${auth.actor_id} is a member of no organization; only members of ${options.kinds.join(" / ")} organizations may ${action}`
    )
  }
  const { organization, member } = membership
  if (member.status !== "active") {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      `member ${member.id} of organization ${organization.id} is ${member.status}`
    )
  }
  if (!options.kinds.includes(organization.kind)) {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      `${organization.kind} organization ${organization.id} may not ${action}; only ${options.kinds.join(" / ")} organizations may`
    )
  }
  if (!statuses.includes(organization.status)) {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      `${organization.kind} organization ${organization.id} is ${organization.status}; only ${statuses.join(" / ")} ${organization.kind} organizations may ${action}`
    )
  }
  if (options.roles && !options.roles.includes(member.role)) {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      `member ${member.id} has role ${member.role} in organization ${organization.id}; only ${options.roles.join(" / ")} may ${action}`
    )
  }
  return { organization, member }
}
