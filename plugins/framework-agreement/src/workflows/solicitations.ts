import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { AuditActor } from "@govmall/procurement-core/modules/procurement_audit"
import type { ScopeActor } from "../domain/solicitation-scope"
import { FrameworkAgreementEvents as Events } from "../events"
import type { CreateSolicitationInput, UpdateSolicitationInput } from "../modules/solicitation/types"
import { loadSolicitationStep } from "./steps/load-solicitation"
import {
  cancelSolicitationStep,
  createSolicitationStep,
  reviewSolicitationStep,
  submitSolicitationStep,
  updateSolicitationStep,
} from "./steps/solicitation-transitions"
import { preparePublicationStep, publishSolicitationNoticeStep, withdrawSolicitationNoticeStep } from "./steps/publish-solicitation-notice"
import { publishSolicitationStep } from "./steps/solicitation-transitions"

/** `caller` = the calling staff member's organization (scope checks); absent for trusted server code. */
type Act = { id: string; actor: AuditActor; caller?: ScopeActor | null }

export const createSolicitationWorkflow = createWorkflow(
  "create-solicitation",
  (input: { plan: CreateSolicitationInput; actor: AuditActor }) => {
    const created = createSolicitationStep(input)
    emitEventStep({ eventName: Events.SOLICITATION_CREATED, data: transform({ created }, ({ created }) => ({ id: created.id })) })
    return new WorkflowResponse(created)
  }
)

export const updateSolicitationWorkflow = createWorkflow(
  "update-solicitation",
  (input: Act & { changes: UpdateSolicitationInput }) => {
    loadSolicitationStep({ id: input.id, caller: input.caller, scope: "manage" })
    const updated = updateSolicitationStep({ id: input.id, changes: input.changes, actor: input.actor })
    emitEventStep({ eventName: Events.SOLICITATION_UPDATED, data: { id: input.id } })
    return new WorkflowResponse(updated)
  }
)

export const submitSolicitationWorkflow = createWorkflow("submit-solicitation", (input: Act) => {
  const before = loadSolicitationStep({ id: input.id, caller: input.caller, scope: "manage" })
  const submitted = submitSolicitationStep({ id: input.id, before, actor: input.actor })
  emitEventStep({ eventName: Events.SOLICITATION_SUBMITTED, data: { id: input.id } })
  return new WorkflowResponse(submitted)
})

export const approveSolicitationWorkflow = createWorkflow("approve-solicitation", (input: Act & { note?: string | null }) => {
  const before = loadSolicitationStep({ id: input.id, caller: input.caller, scope: "review", action: "approve" })
  const approved = reviewSolicitationStep({ id: input.id, before, decision: "approve", text: input.note ?? null, actor: input.actor })
  emitEventStep({ eventName: Events.SOLICITATION_APPROVED, data: { id: input.id } })
  return new WorkflowResponse(approved)
})

export const fileSolicitationWorkflow = createWorkflow("file-solicitation", (input: Act & { note?: string | null }) => {
  const before = loadSolicitationStep({ id: input.id, caller: input.caller, scope: "review", action: "file" })
  const filed = reviewSolicitationStep({ id: input.id, before, decision: "file", text: input.note ?? null, actor: input.actor })
  emitEventStep({ eventName: Events.SOLICITATION_FILED, data: { id: input.id } })
  return new WorkflowResponse(filed)
})

export const returnSolicitationWorkflow = createWorkflow("return-solicitation", (input: Act & { reason: string }) => {
  const before = loadSolicitationStep({ id: input.id, caller: input.caller, scope: "review", action: "return" })
  const returned = reviewSolicitationStep({ id: input.id, before, decision: "return", text: input.reason, actor: input.actor })
  emitEventStep({ eventName: Events.SOLICITATION_RETURNED, data: { id: input.id, reason: input.reason } })
  return new WorkflowResponse(returned)
})

/**
 * approved / filed → published: the notice (a public announcement) is created and published,
 * then the solicitation, locked and re-checked, is marked published with its response
 * deadline. If that fails (e.g. a concurrent publication won), the notice is discarded.
 */
export const publishSolicitationWorkflow = createWorkflow("publish-solicitation", (input: Act) => {
  const before = loadSolicitationStep({ id: input.id, caller: input.caller, scope: "manage" })
  const times = preparePublicationStep({ id: input.id })
  const notice = publishSolicitationNoticeStep({ solicitation: before, response_deadline: times.response_deadline, actor: input.actor })
  const published = publishSolicitationStep({
    id: input.id,
    before,
    at: times.at,
    response_deadline: times.response_deadline,
    notice_announcement_id: notice.id,
    actor: input.actor,
  })
  const data = transform({ published }, ({ published }) => ({
    id: published.id,
    notice_announcement_id: published.notice_announcement_id,
    response_deadline: published.response_deadline,
  }))
  emitEventStep({ eventName: Events.SOLICITATION_PUBLISHED, data })
  return new WorkflowResponse(published)
})

/** Any open state → cancelled with a reason; a published notice is withdrawn with that reason. */
export const cancelSolicitationWorkflow = createWorkflow("cancel-solicitation", (input: Act & { reason: string }) => {
  const before = loadSolicitationStep({ id: input.id, caller: input.caller, scope: "manage" })
  const cancelled = cancelSolicitationStep({ id: input.id, before, reason: input.reason, actor: input.actor })
  withdrawSolicitationNoticeStep({ announcement_id: cancelled.notice_announcement_id, reason: input.reason, actor: input.actor })
  emitEventStep({ eventName: Events.SOLICITATION_CANCELLED, data: { id: input.id, reason: input.reason } })
  return new WorkflowResponse(cancelled)
})
