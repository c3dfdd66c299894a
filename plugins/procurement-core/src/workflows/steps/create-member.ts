import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { AuditActor } from "../../modules/procurement_audit/append-audit-entry"
import { PROCUREMENT_ORGANIZATION_MODULE } from "../../modules/procurement_organization/require-actor-organization"
import type ProcurementOrganizationService from "../../modules/procurement_organization/service"
import type { MemberInput } from "../../modules/procurement_organization/types"

export type CreateMemberStepInput = { member: MemberInput; actor: AuditActor }

export const createMemberStepId = "create-member-step"

/** Adds a member to an organization (audited); compensation removes it. */
export const createMemberStep = createStep(
  createMemberStepId,
  async (input: CreateMemberStepInput, { container }) => {
    const service = container.resolve<ProcurementOrganizationService>(PROCUREMENT_ORGANIZATION_MODULE)
    const member = await service.createMember(input.member, input.actor)
    return new StepResponse(member, { id: member.id, actor: input.actor })
  },
  async (compensation, { container }) => {
    if (!compensation) {
      return
    }
    const service = container.resolve<ProcurementOrganizationService>(PROCUREMENT_ORGANIZATION_MODULE)
    await service.discardMember(compensation.id, compensation.actor)
  }
)
