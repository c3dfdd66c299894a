import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { AuditActor } from "../../modules/procurement_audit/append-audit-entry"
import { PROCUREMENT_ORGANIZATION_MODULE } from "../../modules/procurement_organization/require-actor-organization"
import type ProcurementOrganizationService from "../../modules/procurement_organization/service"
import { organizationTransitionState } from "../../modules/procurement_organization/organization-state"
import type { OrganizationDTO, OrganizationInput, SupplierProfileInput } from "../../modules/procurement_organization/types"

export type ResubmitOrganizationStepInput = {
  id: string
  organization: Partial<Omit<OrganizationInput, "kind">>
  supplier_profile?: Partial<SupplierProfileInput> | null
  actor: AuditActor
}

export const resubmitOrganizationStepId = "resubmit-organization-step"

/**
 * rejected → pending_review with corrected data. Compensation puts the status, milestones and
 * the changed organization fields back (the supplier-profile changes stay: no later step of
 * the workflow writes anything, only the event follows).
 */
export const resubmitOrganizationStep = createStep(
  resubmitOrganizationStepId,
  async (input: ResubmitOrganizationStepInput, { container }) => {
    const service = container.resolve<ProcurementOrganizationService>(PROCUREMENT_ORGANIZATION_MODULE)
    const [current] = (await service.listOrganizations({ id: input.id }, { take: 1 })) as OrganizationDTO[]
    const updated = await service.resubmitOrganization(
      input.id,
      input.organization,
      input.supplier_profile ?? null,
      input.actor
    )
    const previousFields = current
      ? Object.fromEntries(
          Object.keys(input.organization).map((key) => [key, (current as Record<string, unknown>)[key] ?? null])
        )
      : {}
    return new StepResponse(updated, {
      id: input.id,
      previous: current ? { ...organizationTransitionState(current), ...previousFields } : null,
      actor: input.actor,
    })
  },
  async (compensation, { container }) => {
    if (!compensation?.previous) {
      return
    }
    const service = container.resolve<ProcurementOrganizationService>(PROCUREMENT_ORGANIZATION_MODULE)
    await service.restoreOrganizationState(
      compensation.id,
      compensation.previous as any,
      "organization.resubmitted",
      compensation.actor
    )
  }
)
