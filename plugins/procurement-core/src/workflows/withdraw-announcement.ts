import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ProcurementCoreEvents } from "../events"
import type { AuditActor } from "../modules/procurement_audit/append-audit-entry"
import { validateAnnouncementTransitionStep } from "./steps/validate-announcement-transition"
import { validateAnnouncementScopeStep } from "./steps/validate-announcement-scope"
import { validateWithdrawReasonStep } from "./steps/validate-withdraw-reason"
import { withdrawAnnouncementStep } from "./steps/withdraw-announcement"

export type WithdrawAnnouncementWorkflowInput = {
  id: string
  /** Required, shown to the public next to the withdrawn notice. */
  reason: string
  actor: AuditActor
}

export const withdrawAnnouncementWorkflowId = "withdraw-announcement"

/**
 * published → withdrawn: reason required; only a member of the organization that drafted it
 * (or platform staff) may withdraw it (validateAnnouncementScopeStep, FORBIDDEN); withdrawn_at from the business clock; audited
 * `announcement.withdrawn` in the same transaction; emits announcement_withdrawn.
 */
export const withdrawAnnouncementWorkflow = createWorkflow(
  withdrawAnnouncementWorkflowId,
  (input: WithdrawAnnouncementWorkflowInput) => {
    const reason = validateWithdrawReasonStep({ id: input.id, reason: input.reason })
    const current = validateAnnouncementTransitionStep({ id: input.id, to: "withdrawn" })
    validateAnnouncementScopeStep({ announcement: current, actor: input.actor, action: "withdraw" })
    const withdrawn = withdrawAnnouncementStep({ announcement: current, reason, actor: input.actor })
    const eventData = transform({ withdrawn }, ({ withdrawn }) => ({ id: withdrawn.id }))
    emitEventStep({ eventName: ProcurementCoreEvents.ANNOUNCEMENT_WITHDRAWN, data: eventData })
    return new WorkflowResponse(withdrawn)
  }
)
