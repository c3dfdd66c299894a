import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PROCUREMENT_ANNOUNCEMENT_MODULE } from "../../modules/procurement_announcement"
import type ProcurementAnnouncementService from "../../modules/procurement_announcement/service"
import type { AnnouncementDTO } from "../../modules/procurement_announcement/service"
import type { AuditActor } from "../../modules/procurement_audit/append-audit-entry"
import { transitionState } from "./transition-state"

export type WithdrawAnnouncementStepInput = {
  announcement: AnnouncementDTO
  reason: string
  actor: AuditActor
}

export const withdrawAnnouncementStepId = "withdraw-announcement-step"

/**
 * published → withdrawn with the reason: status, withdrawn_at, withdraw_reason and the audit
 * entry in one transaction. Compensation restores the published state (audited).
 */
export const withdrawAnnouncementStep = createStep(
  withdrawAnnouncementStepId,
  async (input: WithdrawAnnouncementStepInput, { container }) => {
    const service = container.resolve<ProcurementAnnouncementService>(PROCUREMENT_ANNOUNCEMENT_MODULE)
    const withdrawn = await service.withdrawAnnouncement(input.announcement.id, input.reason, input.actor)
    return new StepResponse(withdrawn, {
      id: withdrawn.id,
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
      "announcement.withdrawn",
      compensation.actor
    )
  }
)
