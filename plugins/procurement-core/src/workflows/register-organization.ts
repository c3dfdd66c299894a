import { emitEventStep, setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ProcurementCoreEvents } from "../events"
import type { OrganizationInput, RegisterOrganizationInput } from "../modules/procurement_organization/types"
import { registerOrganizationStep } from "./steps/register-organization"
import { validateAuthIdentityUnlinkedStep } from "./steps/validate-auth-identity-unlinked"

export type RegisterSupplierWorkflowInput = {
  /** From the registration token (`POST /auth/supplier/emailpass/register`). */
  auth_identity_id: string
  organization: Omit<OrganizationInput, "kind">
  supplier_profile: NonNullable<RegisterOrganizationInput["supplier_profile"]>
  registrant: RegisterOrganizationInput["registrant"]
}

export type RegisterBankWorkflowInput = {
  auth_identity_id: string
  organization: Omit<OrganizationInput, "kind">
  registrant: RegisterOrganizationInput["registrant"]
}

export const registerSupplierWorkflowId = "register-supplier"
export const registerBankWorkflowId = "register-bank"

/**
 * Supplier self-registration:
 * 1. the auth identity is not yet linked to a supplier;
 * 2. organization (pending_review, submitted_at) + supplier profile + admin member, audited;
 * 3. the auth identity's app_metadata.supplier_id = member id (custom actor `supplier`), so
 *    that `POST /auth/supplier/emailpass` then logs the person in as that member;
 * 4. event procurement_core.organization_registered.
 */
export const registerSupplierWorkflow = createWorkflow(
  registerSupplierWorkflowId,
  (input: RegisterSupplierWorkflowInput) => {
    validateAuthIdentityUnlinkedStep({ auth_identity_id: input.auth_identity_id, actor_type: "supplier" })
    const registration = transform({ input }, ({ input }): RegisterOrganizationInput => ({
      organization: { ...input.organization, kind: "supplier" },
      supplier_profile: input.supplier_profile,
      registrant: input.registrant,
    }))
    const result = registerOrganizationStep(registration)
    const link = transform({ input, result }, ({ input, result }) => ({
      authIdentityId: input.auth_identity_id,
      actorType: "supplier",
      value: result.member.id,
    }))
    setAuthAppMetadataStep(link)
    const eventData = transform({ result }, ({ result }) => ({
      id: result.organization.id,
      kind: result.organization.kind,
      member_id: result.member.id,
    }))
    emitEventStep({ eventName: ProcurementCoreEvents.ORGANIZATION_REGISTERED, data: eventData })
    return new WorkflowResponse(result)
  }
)

/** Bank self-registration: as for suppliers, custom actor `bank`, no supplier profile. */
export const registerBankWorkflow = createWorkflow(registerBankWorkflowId, (input: RegisterBankWorkflowInput) => {
  validateAuthIdentityUnlinkedStep({ auth_identity_id: input.auth_identity_id, actor_type: "bank" })
  const registration = transform({ input }, ({ input }): RegisterOrganizationInput => ({
    organization: { ...input.organization, kind: "bank" },
    registrant: input.registrant,
  }))
  const result = registerOrganizationStep(registration)
  const link = transform({ input, result }, ({ input, result }) => ({
    authIdentityId: input.auth_identity_id,
    actorType: "bank",
    value: result.member.id,
  }))
  setAuthAppMetadataStep(link)
  const eventData = transform({ result }, ({ result }) => ({
    id: result.organization.id,
    kind: result.organization.kind,
    member_id: result.member.id,
  }))
  emitEventStep({ eventName: ProcurementCoreEvents.ORGANIZATION_REGISTERED, data: eventData })
  return new WorkflowResponse(result)
})
