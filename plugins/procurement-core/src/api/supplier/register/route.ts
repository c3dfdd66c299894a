import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { registerSupplierWorkflow } from "../../../workflows/register-organization"
import { refetchOrganization } from "../../utils/organization-views"
import type { SupplierRegisterType } from "../../utils/organization-validators"
import { registrantEmail, registrationIdentity } from "../../utils/register-handler"

/**
 * Supplier self-registration, with the token from `POST /auth/supplier/emailpass/register`.
 * Creates the organization (pending_review), supplier profile and admin member and links the
 * login; then `POST /auth/supplier/emailpass` gives a token for `/supplier/*`.
 */
export const POST = async (req: AuthenticatedMedusaRequest<SupplierRegisterType>, res: MedusaResponse) => {
  const body = req.validatedBody
  const { result } = await registerSupplierWorkflow(req.scope).run({
    input: {
      auth_identity_id: registrationIdentity(req, "supplier"),
      organization: {
        name: body.name,
        uscc: body.uscc,
        region_code: body.region_code,
        contact_name: body.contact_name,
        contact_phone: body.contact_phone,
        address: body.address ?? null,
      },
      supplier_profile: {
        enterprise_size: body.enterprise_size,
        special_status: body.special_status ?? "none",
        bank_account_name: body.bank_account_name,
        bank_name: body.bank_name,
        bank_account_number: body.bank_account_number,
        legal_representative: body.legal_representative ?? null,
        business_scope: body.business_scope ?? null,
      },
      registrant: { name: body.registrant.name, email: await registrantEmail(req) },
    },
  })
  res.status(201).json({
    member: result.member,
    organization: await refetchOrganization(req, result.organization.id),
  })
}
