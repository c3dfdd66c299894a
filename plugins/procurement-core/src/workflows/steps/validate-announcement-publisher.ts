import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { AuditActor } from "../../modules/procurement_audit/append-audit-entry"
import type { AnnouncementDTO } from "../../modules/procurement_announcement/service"

export type ValidateAnnouncementPublisherStepInput = {
  announcement: Pick<AnnouncementDTO, "id" | "created_by">
  actor: AuditActor
}

export const validateAnnouncementPublisherStepId = "validate-announcement-publisher-step"

/**
 * Guard (separation of duties): the person who drafted an announcement may not publish it —
 * an operator drafts, a different approver publishes. FORBIDDEN (403). Writes nothing.
 */
export const validateAnnouncementPublisherStep = createStep(
  validateAnnouncementPublisherStepId,
  async (input: ValidateAnnouncementPublisherStepInput) => {
    if (input.announcement.created_by === input.actor.actor_id) {
      throw new MedusaError(
        MedusaError.Types.FORBIDDEN,
        `announcement ${input.announcement.id} was drafted by ${input.actor.actor_id}; its author may not publish it — another approver must`
      )
    }
    return new StepResponse(undefined)
  }
)
