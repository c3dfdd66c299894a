import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createHook,
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { ProcurementCoreEvents } from "../events"
import type { AuditActor } from "../modules/procurement_audit/append-audit-entry"
import { publishAnnouncementStep } from "./steps/publish-announcement"
import { validateAnnouncementPublisherStep } from "./steps/validate-announcement-publisher"
import { validateAnnouncementScopeStep } from "./steps/validate-announcement-scope"
import { validateAnnouncementTransitionStep } from "./steps/validate-announcement-transition"

export type PublishAnnouncementWorkflowInput = {
  id: string
  actor: AuditActor
}

export const publishAnnouncementWorkflowId = "publish-announcement"

/**
 * draft → published.
 *
 * 1. validateAnnouncementTransitionStep: exists, and the transition table allows it.
 * 2. validateAnnouncementScopeStep: the publisher belongs to the organization that drafted it
 *    (agency B cannot publish agency A's notice; FORBIDDEN);
 *    validateAnnouncementPublisherStep: the publisher is not the author (an operator drafts, a
 *    different approver publishes; FORBIDDEN otherwise).
 * 3. hook `validateBeforePublish({ announcement, actor })`: the pre-publication review
 *    (supervision.md, "Disclosure"). A handler vetoes by throwing a MedusaError (e.g.
 *    NOT_ALLOWED "contains personal data"); then nothing is written and nothing is audited.
 *        publishAnnouncementWorkflow.hooks.validateBeforePublish(async ({ announcement }) => { … })
 *    Medusa allows ONE handler per hook: the application registers one handler that runs
 *    every review policy it needs.
 * 4. publishAnnouncementStep: status, published_at (business clock) and audit entry in one
 *    transaction.
 * 5. emit procurement_core.announcement_published.
 */
export const publishAnnouncementWorkflow = createWorkflow(
  publishAnnouncementWorkflowId,
  (input: PublishAnnouncementWorkflowInput) => {
    const current = validateAnnouncementTransitionStep({ id: input.id, to: "published" })
    validateAnnouncementScopeStep({ announcement: current, actor: input.actor, action: "publish" })
    validateAnnouncementPublisherStep({ announcement: current, actor: input.actor })
    const validateBeforePublish = createHook("validateBeforePublish", {
      announcement: current,
      actor: input.actor,
    })
    const published = publishAnnouncementStep({ announcement: current, actor: input.actor })
    const eventData = transform({ published }, ({ published }) => ({
      id: published.id,
      type: published.type,
      published_at: published.published_at,
    }))
    emitEventStep({ eventName: ProcurementCoreEvents.ANNOUNCEMENT_PUBLISHED, data: eventData })
    return new WorkflowResponse(published, { hooks: [validateBeforePublish] })
  }
)
