import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ProcurementCoreEvents } from "../events"
import type { SendInboxMessageInput } from "../modules/procurement_inbox/service"
import { sendInboxMessagesStep } from "./steps/send-inbox-messages"

export type SendInboxMessagesWorkflowInput = {
  messages: SendInboxMessageInput[]
}

export const sendInboxMessagesWorkflowId = "send-inbox-messages"

/** Puts messages in their recipients' inboxes; other plugins call this (or the step) to notify. */
export const sendInboxMessagesWorkflow = createWorkflow(
  sendInboxMessagesWorkflowId,
  (input: SendInboxMessagesWorkflowInput) => {
    const sent = sendInboxMessagesStep(input.messages)
    const eventData = transform({ sent }, ({ sent }) => ({ ids: sent.map((message) => message.id) }))
    emitEventStep({ eventName: ProcurementCoreEvents.INBOX_MESSAGES_SENT, data: eventData })
    return new WorkflowResponse(sent)
  }
)
