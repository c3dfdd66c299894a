import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { AuditActor } from "@govmall/procurement-core/modules/procurement_audit"
import type { ProcurementAnnouncementService } from "@govmall/procurement-core/modules/procurement_announcement"
import type { ProcurementCalendarService } from "@govmall/procurement-core/modules/procurement_calendar"
import { clarificationNoticeBody } from "../../domain/solicitation-notice-text"
import { SOLICITATION_MODULE } from "../../modules/solicitation"
import type SolicitationModuleService from "../../modules/solicitation/service"

const service = (container: { resolve: <T>(key: string) => T }) => container.resolve<SolicitationModuleService>(SOLICITATION_MODULE)

/** A supplier's question (published and before the deadline; the lot, if named, must be the solicitation's). */
export const askClarificationStep = createStep(
  "ask-solicitation-clarification",
  async (input: { solicitation_id: string; question: string; lot_id?: string | null; actor: AuditActor }, { container }) =>
    new StepResponse(
      await service(container).askClarification(input.solicitation_id, { question: input.question, lot_id: input.lot_id ?? null }, input.actor)
    )
)

/**
 * The agency's public answer; a documents-changing one moves the response deadline
 * (domain/deadlines.ts) with the working-day calendar module's calendar. The answer, the
 * deadline change and their audit entries are one transaction; if the clarification notice
 * that follows cannot be published, the compensation reopens the question and restores the
 * deadline.
 */
export const answerClarificationStep = createStep(
  "answer-solicitation-clarification",
  async (
    input: { solicitation_id: string; clarification_id: string; answer: string; changes_documents: boolean; actor: AuditActor },
    { container }
  ) => {
    const calendar = await container.resolve<ProcurementCalendarService>("procurement_calendar").getCalendar()
    const answered = await service(container).answerClarification(
      input.solicitation_id,
      input.clarification_id,
      { answer: input.answer, changes_documents: input.changes_documents },
      calendar,
      input.actor
    )
    return new StepResponse(answered, { solicitation_id: input.solicitation_id, clarification_id: input.clarification_id, actor: input.actor })
  },
  async (undo, { container }) => {
    if (!undo) return
    await service(container).restoreClarification(undo.solicitation_id, undo.clarification_id, undo.actor)
  }
)

/**
 * A documents-changing answer is also published as a clarification notice (澄清公告): a
 * procurement-core announcement of type `clarification` related to the solicitation, by the
 * solicitor's organization. Answers that do not change the documents are shown on the
 * solicitation page only. Compensation discards the notice.
 */
export const publishClarificationNoticeStep = createStep(
  "publish-clarification-notice",
  async (
    input: {
      solicitation: { id: string; title: string; owner_org_id: string; region_code: string }
      question: string
      answer: string
      changes_documents: boolean
      response_deadline: Date | string | null
      actor: AuditActor
    },
    { container }
  ) => {
    if (!input.changes_documents) return new StepResponse(null)
    const announcements = container.resolve<ProcurementAnnouncementService>("procurement_announcement")
    const author = { ...input.actor, organization_id: input.solicitation.owner_org_id }
    const draft = await announcements.createDraftAnnouncement(
      {
        type: "clarification",
        title: `${input.solicitation.title} 澄清公告`,
        body: clarificationNoticeBody(input.question, input.answer, input.response_deadline ? new Date(input.response_deadline) : null),
        related_type: "solicitation",
        related_id: input.solicitation.id,
        region_code: input.solicitation.region_code,
      },
      author
    )
    const published = await announcements.publishAnnouncement(draft.id, author)
    return new StepResponse(published, { id: draft.id, actor: author })
  },
  async (undo, { container }) => {
    if (!undo) return
    const announcements = container.resolve<ProcurementAnnouncementService>("procurement_announcement")
    await announcements.restoreAnnouncementState(
      undo.id,
      { status: "draft", published_at: null, withdrawn_at: null, withdraw_reason: null },
      "announcement.published",
      undo.actor
    )
    await announcements.discardDraftAnnouncement(undo.id, undo.actor)
  }
)
