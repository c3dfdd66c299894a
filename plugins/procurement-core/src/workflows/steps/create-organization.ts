import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { AuditActor } from "../../modules/procurement_audit/append-audit-entry"
import { PROCUREMENT_ORGANIZATION_MODULE } from "../../modules/procurement_organization/require-actor-organization"
import type ProcurementOrganizationService from "../../modules/procurement_organization/service"
import type { OrganizationInput } from "../../modules/procurement_organization/types"

export type CreateOrganizationStepInput = { organization: OrganizationInput; actor: AuditActor }

export const createOrganizationStepId = "create-organization-step"

/** Platform-created organization (approved); compensation removes it. */
export const createOrganizationStep = createStep(
  createOrganizationStepId,
  async (input: CreateOrganizationStepInput, { container }) => {
    const service = container.resolve<ProcurementOrganizationService>(PROCUREMENT_ORGANIZATION_MODULE)
    const organization = await service.createOrganization(input.organization, input.actor)
    return new StepResponse(organization, { id: organization.id, actor: input.actor })
  },
  async (compensation, { container }) => {
    if (!compensation) {
      return
    }
    const service = container.resolve<ProcurementOrganizationService>(PROCUREMENT_ORGANIZATION_MODULE)
    await service.discardOrganization(compensation.id, compensation.actor)
  }
)
