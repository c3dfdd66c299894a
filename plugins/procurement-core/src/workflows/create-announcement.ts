import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ProcurementCoreEvents } from "../events"
import type { CreateAnnouncementInput } from "../modules/procurement_announcement/service"
import type { AuditActor } from "../modules/procurement_audit/append-audit-entry"
import { createAnnouncementStep } from "./steps/create-announcement"

export type CreateAnnouncementWorkflowInput = {
  announcement: CreateAnnouncementInput
  actor: AuditActor
}

export const createAnnouncementWorkflowId = "create-announcement"

/** Creates a draft announcement (audited `announcement.created`) and emits announcement_created. */
export const createAnnouncementWorkflow = createWorkflow(
  createAnnouncementWorkflowId,
  (input: CreateAnnouncementWorkflowInput) => {
    const announcement = createAnnouncementStep({ announcement: input.announcement, actor: input.actor })
    const eventData = transform({ announcement }, ({ announcement }) => ({ id: announcement.id }))
    emitEventStep({ eventName: ProcurementCoreEvents.ANNOUNCEMENT_CREATED, data: eventData })
    return new WorkflowResponse(announcement)
  }
)
