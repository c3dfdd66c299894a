import type { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { OrganizationKind } from "../../domain/organization-lifecycle"
import type { RequestWithAdminMembership } from "./admin-access-middleware"

export type AdminCaller = { kind: OrganizationKind; organization_id: string; region_code: string | null }

/**
 * The calling staff member's organization, as the admin role middleware resolved it — what
 * the region and ownership scopes of the `/admin` read routes are decided on. Every caller
 * past that middleware has one; a missing one is refused rather than shown everything.
 */
export function adminCallerOf(req: MedusaRequest): AdminCaller {
  const organization = (req as RequestWithAdminMembership).procurement_membership?.organization
  if (!organization) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "only members of an organization may call admin routes")
  }
  return { kind: organization.kind, organization_id: organization.id, region_code: organization.region_code ?? null }
}
