import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AnnouncementStatus, assertTransition } from "../../domain/announcement-lifecycle"
import { PROCUREMENT_ANNOUNCEMENT_MODULE } from "../../modules/procurement_announcement"
import type ProcurementAnnouncementService from "../../modules/procurement_announcement/service"
import type { AnnouncementDTO } from "../../modules/procurement_announcement/service"
import { withMedusaErrorsSync } from "../../utils/medusa-error-from-domain"

export type ValidateAnnouncementTransitionInput = {
  id: string
  to: AnnouncementStatus
}

export const validateAnnouncementTransitionStepId = "validate-announcement-transition-step"

/**
 * Guard: the announcement exists and the transition table allows the move (NOT_FOUND /
 * NOT_ALLOWED otherwise). Returns the announcement as it is now. Writes nothing. The write
 * step checks again under a row lock; this early check keeps hooks from running for nothing.
 */
export const validateAnnouncementTransitionStep = createStep(
  validateAnnouncementTransitionStepId,
  async (input: ValidateAnnouncementTransitionInput, { container }) => {
    const service = container.resolve<ProcurementAnnouncementService>(PROCUREMENT_ANNOUNCEMENT_MODULE)
    const [announcement] = (await service.listAnnouncements({ id: input.id }, { take: 1 })) as AnnouncementDTO[]
    if (!announcement) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `announcement ${input.id} was not found`)
    }
    withMedusaErrorsSync(() => assertTransition(announcement.status, input.to, announcement.id))
    return new StepResponse(announcement)
  }
)
