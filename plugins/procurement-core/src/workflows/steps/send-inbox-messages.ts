import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PROCUREMENT_INBOX_MODULE } from "../../modules/procurement_inbox"
import type ProcurementInboxService from "../../modules/procurement_inbox/service"
import type { SendInboxMessageInput } from "../../modules/procurement_inbox/service"

export const sendInboxMessagesStepId = "send-inbox-messages-step"

/** Puts messages in their recipients' inboxes. Compensation removes them. */
export const sendInboxMessagesStep = createStep(
  sendInboxMessagesStepId,
  async (messages: SendInboxMessageInput[], { container }) => {
    const service = container.resolve<ProcurementInboxService>(PROCUREMENT_INBOX_MODULE)
    const sent = await service.sendMessages(messages)
    return new StepResponse(sent, sent.map((message) => message.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const service = container.resolve<ProcurementInboxService>(PROCUREMENT_INBOX_MODULE)
    await service.deleteInboxMessages(ids)
  }
)
