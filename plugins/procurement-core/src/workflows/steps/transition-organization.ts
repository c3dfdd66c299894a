import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { OrganizationStatus } from "../../domain/organization-lifecycle"
import type { AuditActor } from "../../modules/procurement_audit/append-audit-entry"
import { PROCUREMENT_ORGANIZATION_MODULE } from "../../modules/procurement_organization/require-actor-organization"
import type ProcurementOrganizationService from "../../modules/procurement_organization/service"
import { organizationTransitionState } from "../../modules/procurement_organization/organization-state"
import type { OrganizationDTO } from "../../modules/procurement_organization/types"

export type TransitionOrganizationStepInput = {
  id: string
  to: OrganizationStatus
  /** Only from these statuses (e.g. reinstate: suspended / banned), on top of the table. */
  from?: OrganizationStatus[]
  reason?: string | null
  banned_until?: Date | string | null
  /** Audit action name of the workflow, for the compensation entry. */
  action: string
  actor: AuditActor
}

export const transitionOrganizationStepId = "transition-organization-step"

/**
 * One organization status change (table, guards, milestone, audit in one transaction; see
 * `transitionOrganization`). Compensation puts the previous status and milestones back.
 */
export const transitionOrganizationStep = createStep(
  transitionOrganizationStepId,
  async (input: TransitionOrganizationStepInput, { container }) => {
    const service = container.resolve<ProcurementOrganizationService>(PROCUREMENT_ORGANIZATION_MODULE)
    const [current] = (await service.listOrganizations({ id: input.id }, { take: 1 })) as OrganizationDTO[]
    if (!current) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `organization ${input.id} was not found`)
    }
    if (input.from && !input.from.includes(current.status)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `${current.kind} organization ${current.id} is ${current.status}; only ${input.from.join(" / ")} organizations can be ${input.action}`
      )
    }
    const updated = await service.transitionOrganization(
      input.id,
      input.to,
      {
        reason: input.reason ?? null,
        banned_until: input.banned_until ? new Date(input.banned_until) : null,
      },
      input.actor
    )
    return new StepResponse(updated, {
      id: input.id,
      previous: organizationTransitionState(current),
      action: `organization.${input.action}`,
      actor: input.actor,
    })
  },
  async (compensation, { container }) => {
    if (!compensation) {
      return
    }
    const service = container.resolve<ProcurementOrganizationService>(PROCUREMENT_ORGANIZATION_MODULE)
    await service.restoreOrganizationState(compensation.id, compensation.previous, compensation.action, compensation.actor)
  }
)
