import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ProcurementCoreEvents } from "../events"
import type { AuditActor } from "../modules/procurement_audit/append-audit-entry"
import type { OrganizationInput } from "../modules/procurement_organization/types"
import { createOrganizationStep } from "./steps/create-organization"
import { validateRegionScopeStep } from "./steps/validate-region-scope"

export type CreateOrganizationWorkflowInput = { organization: OrganizationInput; actor: AuditActor }

export const createOrganizationWorkflowId = "create-organization"

/**
 * Platform-created organization (purchasing unit, agency, regulator, bank, platform), approved.
 * A regulator creates organizations only within its province (FORBIDDEN otherwise).
 */
export const createOrganizationWorkflow = createWorkflow(
  createOrganizationWorkflowId,
  (input: CreateOrganizationWorkflowInput) => {
    const scope = transform({ input }, ({ input }) => ({
      region_code: input.organization.region_code,
      actor: input.actor,
      action: "create",
    }))
    validateRegionScopeStep(scope)
    const organization = createOrganizationStep(input)
    const eventData = transform({ organization }, ({ organization }) => ({ id: organization.id, kind: organization.kind }))
    emitEventStep({ eventName: ProcurementCoreEvents.ORGANIZATION_CREATED, data: eventData })
    return new WorkflowResponse(organization)
  }
)
