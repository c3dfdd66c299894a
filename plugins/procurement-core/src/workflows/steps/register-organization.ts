import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PROCUREMENT_ORGANIZATION_MODULE } from "../../modules/procurement_organization/require-actor-organization"
import type ProcurementOrganizationService from "../../modules/procurement_organization/service"
import type { RegisterOrganizationInput } from "../../modules/procurement_organization/types"

export const registerOrganizationStepId = "register-organization-step"

/**
 * Self-registration: organization (pending_review) + supplier profile + the registrant as admin
 * member, audited `organization.registered`, one transaction. Compensation removes all three
 * (audited `organization.discarded`).
 */
export const registerOrganizationStep = createStep(
  registerOrganizationStepId,
  async (input: RegisterOrganizationInput, { container }) => {
    const service = container.resolve<ProcurementOrganizationService>(PROCUREMENT_ORGANIZATION_MODULE)
    const result = await service.registerOrganization(input)
    return new StepResponse(result, {
      id: result.organization.id,
      actor: { actor_type: result.member.actor_type, actor_id: result.member.id, organization_id: result.organization.id },
    })
  },
  async (compensation, { container }) => {
    if (!compensation) {
      return
    }
    const service = container.resolve<ProcurementOrganizationService>(PROCUREMENT_ORGANIZATION_MODULE)
    await service.discardOrganization(compensation.id, compensation.actor)
  }
)
