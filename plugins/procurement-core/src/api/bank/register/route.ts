import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { registerBankWorkflow } from "../../../workflows/register-organization"
import { refetchOrganization } from "../../utils/organization-views"
import type { BankRegisterType } from "../../utils/organization-validators"
import { registrantEmail, registrationIdentity } from "../../utils/register-handler"

/** Bank (branch) self-registration with the token from `POST /auth/bank/emailpass/register`. */
export const POST = async (req: AuthenticatedMedusaRequest<BankRegisterType>, res: MedusaResponse) => {
  const body = req.validatedBody
  const { result } = await registerBankWorkflow(req.scope).run({
    input: {
      auth_identity_id: registrationIdentity(req, "bank"),
      organization: {
        name: body.name,
        uscc: body.uscc,
        region_code: body.region_code,
        branch_name: body.branch_name,
        contact_name: body.contact_name,
        contact_phone: body.contact_phone,
        address: body.address ?? null,
      },
      registrant: { name: body.registrant.name, email: await registrantEmail(req) },
    },
  })
  res.status(201).json({
    member: result.member,
    organization: await refetchOrganization(req, result.organization.id),
  })
}
