import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ProcurementCoreEvents } from "../events"
import { resubmitOrganizationStep, ResubmitOrganizationStepInput } from "./steps/resubmit-organization"

export type ResubmitOrganizationWorkflowInput = ResubmitOrganizationStepInput

export const resubmitOrganizationWorkflowId = "resubmit-organization"

/** A rejected supplier / bank corrects its data and asks for review again (→ pending_review). */
export const resubmitOrganizationWorkflow = createWorkflow(
  resubmitOrganizationWorkflowId,
  (input: ResubmitOrganizationWorkflowInput) => {
    const organization = resubmitOrganizationStep(input)
    const eventData = transform({ organization }, ({ organization }) => ({
      id: organization.id,
      kind: organization.kind,
      status: organization.status,
      reason: null,
    }))
    emitEventStep({ eventName: ProcurementCoreEvents.ORGANIZATION_RESUBMITTED, data: eventData })
    return new WorkflowResponse(organization)
  }
)
