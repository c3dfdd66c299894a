import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { AuditActor } from "../../modules/procurement_audit/append-audit-entry"
import { PROCUREMENT_ORGANIZATION_MODULE } from "../../modules/procurement_organization/require-actor-organization"
import type ProcurementOrganizationService from "../../modules/procurement_organization/service"
import type { ExpertInput } from "../../modules/procurement_organization/types"

export type CreateExpertStepInput = { expert: ExpertInput; actor: AuditActor }

export const createExpertStepId = "create-expert-step"

/** Enrolls an expert (identity number masked + hashed, audited); compensation removes the row. */
export const createExpertStep = createStep(
  createExpertStepId,
  async (input: CreateExpertStepInput, { container }) => {
    const service = container.resolve<ProcurementOrganizationService>(PROCUREMENT_ORGANIZATION_MODULE)
    const expert = await service.createExpert(input.expert, input.actor)
    return new StepResponse(expert, { id: expert.id, actor: input.actor })
  },
  async (compensation, { container }) => {
    if (!compensation) {
      return
    }
    const service = container.resolve<ProcurementOrganizationService>(PROCUREMENT_ORGANIZATION_MODULE)
    await service.discardExpert(compensation.id, compensation.actor)
  }
)
