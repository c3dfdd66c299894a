import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { memberActorTypeForKind } from "../../../../../domain/organization-lifecycle"
import { enrollMemberWorkflow } from "../../../../../workflows/enroll-member"
import { auditActorOf } from "../../../../policies"
import type { AdminEnrollMemberType } from "../../../../utils/organization-validators"
import { refetchOrganization } from "../../../../utils/organization-views"

/**
 * Enrolls a person with a login: purchasing unit → Medusa customer (`/auth/customer/emailpass`),
 * agency / regulator / platform → admin user (`/auth/user/emailpass`), supplier / bank → custom
 * actor (`/auth/supplier|bank/emailpass`). Banned or rejected organizations take no members.
 */
export const POST = async (req: MedusaRequest<AdminEnrollMemberType>, res: MedusaResponse) => {
  const organization = await refetchOrganization(req, req.params.id)
  if (organization.status === "banned" || organization.status === "rejected") {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `${organization.kind} organization ${organization.id} is ${organization.status}; it cannot take new members`
    )
  }
  const { result } = await enrollMemberWorkflow(req.scope).run({
    input: {
      organization_id: organization.id,
      actor_type: memberActorTypeForKind(organization.kind),
      ...req.validatedBody,
      actor: auditActorOf(req),
    },
  })
  res.status(201).json({ member: result })
}
