import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { InboxRecipient } from "../modules/procurement_inbox/service"
import { markInboxMessageReadStep } from "./steps/mark-inbox-message-read"

export type MarkInboxMessageReadWorkflowInput = {
  id: string
  recipient: InboxRecipient
}

export const markInboxMessageReadWorkflowId = "mark-inbox-message-read"

/** Marks one message read for its recipient (read_at from the business clock). */
export const markInboxMessageReadWorkflow = createWorkflow(
  markInboxMessageReadWorkflowId,
  (input: MarkInboxMessageReadWorkflowInput) => {
    const message = markInboxMessageReadStep({ id: input.id, recipient: input.recipient })
    return new WorkflowResponse(message)
  }
)
