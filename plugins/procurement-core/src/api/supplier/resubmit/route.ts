import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { resubmitOrganizationWorkflow } from "../../../workflows/resubmit-organization"
import { auditActorOf, type Membership } from "../../policies"
import { refetchOrganization } from "../../utils/organization-views"
import type { SupplierResubmitType } from "../../utils/organization-validators"

const PROFILE_FIELDS = [
  "enterprise_size",
  "special_status",
  "bank_account_name",
  "bank_name",
  "bank_account_number",
  "legal_representative",
  "business_scope",
] as const

/** A rejected supplier's admin corrects the registration and asks for review again. */
export const POST = async (req: AuthenticatedMedusaRequest<SupplierResubmitType>, res: MedusaResponse) => {
  const { organization } = (req as unknown as { procurement_membership: Membership }).procurement_membership
  const body = { ...req.validatedBody } as Record<string, unknown>
  const profile: Record<string, unknown> = {}
  for (const field of PROFILE_FIELDS) {
    if (field in body) {
      profile[field] = body[field]
      delete body[field]
    }
  }
  await resubmitOrganizationWorkflow(req.scope).run({
    input: { id: organization.id, organization: body, supplier_profile: profile, actor: auditActorOf(req) },
  })
  res.json({ organization: await refetchOrganization(req, organization.id) })
}
