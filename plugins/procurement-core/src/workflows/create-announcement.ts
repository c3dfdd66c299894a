import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ProcurementCoreEvents } from "../events"
import type { CreateAnnouncementInput } from "../modules/procurement_announcement/service"
import type { AuditActor } from "../modules/procurement_audit/append-audit-entry"
import { createAnnouncementStep } from "./steps/create-announcement"
import { validateRegionScopeStep } from "./steps/validate-region-scope"

export type CreateAnnouncementWorkflowInput = {
  announcement: CreateAnnouncementInput
  actor: AuditActor
}

export const createAnnouncementWorkflowId = "create-announcement"

/**
 * Creates a draft announcement of the actor's organization (audited `announcement.created`)
 * and emits announcement_created. A regulator or agency may only give it a `region_code` of
 * its own province (validateRegionScopeStep, FORBIDDEN).
 */
export const createAnnouncementWorkflow = createWorkflow(
  createAnnouncementWorkflowId,
  (input: CreateAnnouncementWorkflowInput) => {
    const scope = transform({ input }, ({ input }) => ({
      // No region given: nothing regional to check.
      region_code: input.announcement.region_code ?? undefined,
      actor: input.actor,
      action: "publish",
      label: "an announcement",
    }))
    validateRegionScopeStep(scope)
    const announcement = createAnnouncementStep({ announcement: input.announcement, actor: input.actor })
    const eventData = transform({ announcement }, ({ announcement }) => ({ id: announcement.id }))
    emitEventStep({ eventName: ProcurementCoreEvents.ANNOUNCEMENT_CREATED, data: eventData })
    return new WorkflowResponse(announcement)
  }
)
