import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PROCUREMENT_INBOX_MODULE } from "../../modules/procurement_inbox"
import type ProcurementInboxService from "../../modules/procurement_inbox/service"
import type { InboxRecipient } from "../../modules/procurement_inbox/service"

export type MarkInboxMessageReadStepInput = {
  id: string
  recipient: InboxRecipient
}

export const markInboxMessageReadStepId = "mark-inbox-message-read-step"

/**
 * Marks the recipient's message read (NOT_FOUND for anyone else's). Compensation makes it
 * unread again only if this step was the one that marked it.
 */
export const markInboxMessageReadStep = createStep(
  markInboxMessageReadStepId,
  async (input: MarkInboxMessageReadStepInput, { container }) => {
    const service = container.resolve<ProcurementInboxService>(PROCUREMENT_INBOX_MODULE)
    const [before] = await service.listInboxMessages({ id: input.id }, { take: 1 })
    const message = await service.markRead(input.id, input.recipient)
    const markedNow = !!before && !before.read_at
    return new StepResponse(message, markedNow ? input.id : null)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const service = container.resolve<ProcurementInboxService>(PROCUREMENT_INBOX_MODULE)
    await service.updateInboxMessages({ id, read_at: null })
  }
)
