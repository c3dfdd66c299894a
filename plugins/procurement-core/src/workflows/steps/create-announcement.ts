import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PROCUREMENT_ANNOUNCEMENT_MODULE } from "../../modules/procurement_announcement"
import type ProcurementAnnouncementService from "../../modules/procurement_announcement/service"
import type { CreateAnnouncementInput } from "../../modules/procurement_announcement/service"
import type { AuditActor } from "../../modules/procurement_audit/append-audit-entry"

export type CreateAnnouncementStepInput = {
  announcement: CreateAnnouncementInput
  actor: AuditActor
}

export const createAnnouncementStepId = "create-announcement-step"

/** Creates the draft (audited). Compensation discards it again (audited as discarded). */
export const createAnnouncementStep = createStep(
  createAnnouncementStepId,
  async (input: CreateAnnouncementStepInput, { container }) => {
    const service = container.resolve<ProcurementAnnouncementService>(PROCUREMENT_ANNOUNCEMENT_MODULE)
    const created = await service.createDraftAnnouncement(input.announcement, input.actor)
    return new StepResponse(created, { id: created.id, actor: input.actor })
  },
  async (compensation, { container }) => {
    if (!compensation) {
      return
    }
    const service = container.resolve<ProcurementAnnouncementService>(PROCUREMENT_ANNOUNCEMENT_MODULE)
    await service.discardDraftAnnouncement(compensation.id, compensation.actor)
  }
)
