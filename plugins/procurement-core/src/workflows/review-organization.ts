import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { OrganizationStatus } from "../domain/organization-lifecycle"
import { ProcurementCoreEvents } from "../events"
import type { AuditActor } from "../modules/procurement_audit/append-audit-entry"
import { transitionOrganizationStep } from "./steps/transition-organization"
import { validateRegionScopeStep } from "./steps/validate-region-scope"

export type ReviewOrganizationWorkflowInput = {
  id: string
  reason?: string | null
  /** Ban only: end of the ban (ISO string or Date); omitted = permanent. */
  banned_until?: string | Date | null
  actor: AuditActor
}

/** The audit action (past tense) as a verb, for the region guard's message. */
const VERB: Record<string, string> = {
  approved: "approve",
  rejected: "reject",
  suspended: "suspend",
  banned: "ban",
  reinstated: "reinstate",
}

/**
 * One workflow per review / sanction transition: region guard (a regulator acts only within
 * its province; FORBIDDEN) + guard + write (table, reason, ban date,
 * milestone, audit — one transaction, compensated) → event.
 */
function reviewWorkflow(
  id: string,
  to: OrganizationStatus,
  action: string,
  eventName: string,
  from?: OrganizationStatus[]
) {
  return createWorkflow(id, (input: ReviewOrganizationWorkflowInput) => {
    const stepInput = transform({ input }, ({ input }) => ({
      id: input.id,
      to,
      from,
      reason: input.reason ?? null,
      banned_until: input.banned_until ?? null,
      action,
      actor: input.actor,
    }))
    const scope = transform({ input }, ({ input }) => ({ organization_id: input.id, actor: input.actor, action: VERB[action] ?? action }))
    validateRegionScopeStep(scope)
    const organization = transitionOrganizationStep(stepInput)
    const eventData = transform({ organization }, ({ organization }) => ({
      id: organization.id,
      kind: organization.kind,
      status: organization.status,
      reason: organization.status_reason ?? null,
    }))
    emitEventStep({ eventName, data: eventData })
    return new WorkflowResponse(organization)
  })
}

/** pending_review → approved (admission review passed). */
export const approveOrganizationWorkflow = reviewWorkflow(
  "approve-organization",
  "approved",
  "approved",
  ProcurementCoreEvents.ORGANIZATION_APPROVED,
  ["pending_review"]
)
/** pending_review → rejected (reason required). */
export const rejectOrganizationWorkflow = reviewWorkflow(
  "reject-organization",
  "rejected",
  "rejected",
  ProcurementCoreEvents.ORGANIZATION_REJECTED
)
/** approved → suspended (reason required). */
export const suspendOrganizationWorkflow = reviewWorkflow(
  "suspend-organization",
  "suspended",
  "suspended",
  ProcurementCoreEvents.ORGANIZATION_SUSPENDED
)
/** approved / suspended → banned (reason required; banned_until optional = permanent). */
export const banOrganizationWorkflow = reviewWorkflow(
  "ban-organization",
  "banned",
  "banned",
  ProcurementCoreEvents.ORGANIZATION_BANNED
)
/** suspended → approved, or banned → approved once banned_until has passed. */
export const reinstateOrganizationWorkflow = reviewWorkflow(
  "reinstate-organization",
  "approved",
  "reinstated",
  ProcurementCoreEvents.ORGANIZATION_REINSTATED,
  ["suspended", "banned"]
)
