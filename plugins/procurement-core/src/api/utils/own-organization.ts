import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ORGANIZATION_STATUSES, OrganizationKind } from "../../domain/organization-lifecycle"
import { requireActorOrganization } from "../../modules/procurement_organization/require-actor-organization"
import { refetchOrganization } from "./organization-views"

/** `GET /<actor>/me`: the member, its organization (any status) and the supplier profile. */
export function ownOrganizationHandler(kind: OrganizationKind) {
  return async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
    const { member, organization } = await requireActorOrganization(req, {
      kinds: [kind],
      statuses: [...ORGANIZATION_STATUSES],
      action: "read their organization",
    })
    res.json({ member, organization: await refetchOrganization(req, organization.id) })
  }
}
