import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PROCUREMENT_ANNOUNCEMENT_MODULE } from "../../modules/procurement_announcement"
import type ProcurementAnnouncementService from "../../modules/procurement_announcement/service"
import type { AnnouncementDTO } from "../../modules/procurement_announcement/service"
import type { AuditActor } from "../../modules/procurement_audit/append-audit-entry"
import { transitionState } from "./transition-state"

export type PublishAnnouncementStepInput = {
  /** The announcement as the guard step read it (its transition fields are restored on rollback). */
  announcement: AnnouncementDTO
  actor: AuditActor
}

export const publishAnnouncementStepId = "publish-announcement-step"

/**
 * draft → published: status, published_at and the audit entry in one transaction. If a later
 * step fails, compensation puts the draft state back (audited `announcement.published_compensated`).
 */
export const publishAnnouncementStep = createStep(
  publishAnnouncementStepId,
  async (input: PublishAnnouncementStepInput, { container }) => {
    const service = container.resolve<ProcurementAnnouncementService>(PROCUREMENT_ANNOUNCEMENT_MODULE)
    const published = await service.publishAnnouncement(input.announcement.id, input.actor)
    return new StepResponse(published, {
      id: published.id,
      previous: transitionState(input.announcement),
      actor: input.actor,
    })
  },
  async (compensation, { container }) => {
    if (!compensation) {
      return
    }
    const service = container.resolve<ProcurementAnnouncementService>(PROCUREMENT_ANNOUNCEMENT_MODULE)
    await service.restoreAnnouncementState(
      compensation.id,
      compensation.previous,
      "announcement.published",
      compensation.actor
    )
  }
)
