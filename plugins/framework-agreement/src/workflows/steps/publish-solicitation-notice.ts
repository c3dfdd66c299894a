import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { AuditActor } from "@govmall/procurement-core/modules/procurement_audit"
import type { ProcurementAnnouncementService } from "@govmall/procurement-core/modules/procurement_announcement"
import type { ProcurementCalendarService } from "@govmall/procurement-core/modules/procurement_calendar"
import { solicitationNoticeBody, solicitationNoticeTitle } from "../../domain/solicitation-notice-text"
import { SOLICITATION_MODULE } from "../../modules/solicitation"
import { planOf } from "../../modules/solicitation/plan-of"
import type SolicitationModuleService from "../../modules/solicitation/service"
import type { SolicitationDTO } from "../../modules/solicitation/types"

/** The publication instant (business clock) and the response deadline from the working-day calendar module. */
export const preparePublicationStep = createStep("prepare-solicitation-publication", async (input: { id: string }, { container }) => {
  const calendar = await container.resolve<ProcurementCalendarService>("procurement_calendar").getCalendar()
  const times = await container.resolve<SolicitationModuleService>(SOLICITATION_MODULE).publicationTimes(input.id, calendar)
  return new StepResponse(times)
})

/**
 * The public solicitation notice: a procurement-core announcement (type solicitation_notice,
 * the solicitor's organization, the plan's region) created and published at once — the
 * regulator's approval or filing of the plan is its pre-publication review. Compensation puts
 * it back to draft and discards it (both audited), so a failed publication leaves no notice.
 */
export const publishSolicitationNoticeStep = createStep(
  "publish-solicitation-notice",
  async (input: { solicitation: SolicitationDTO; response_deadline: Date; actor: AuditActor }, { container }) => {
    const announcements = container.resolve<ProcurementAnnouncementService>("procurement_announcement")
    const plan = planOf(input.solicitation)
    // The notice belongs to the solicitor's organization whoever publishes it (a platform admin may).
    const author = { ...input.actor, organization_id: input.solicitation.owner_org_id }
    const draft = await announcements.createDraftAnnouncement(
      {
        type: "solicitation_notice",
        title: solicitationNoticeTitle(plan),
        body: solicitationNoticeBody(plan, new Date(input.response_deadline)),
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
    const [current] = await announcements.listAnnouncements({ id: undo.id }, { take: 1 })
    if (!current) return
    if (current.status !== "draft") {
      await announcements.restoreAnnouncementState(
        undo.id,
        { status: "draft", published_at: null, withdrawn_at: null, withdraw_reason: null },
        "announcement.published",
        undo.actor
      )
    }
    await announcements.discardDraftAnnouncement(undo.id, undo.actor)
  }
)

/** A cancelled solicitation's notice is withdrawn with the reason (it stays public, marked withdrawn). */
export const withdrawSolicitationNoticeStep = createStep(
  "withdraw-solicitation-notice",
  async (input: { announcement_id: string | null; reason: string; actor: AuditActor }, { container }) => {
    if (!input.announcement_id) return new StepResponse(null)
    const announcements = container.resolve<ProcurementAnnouncementService>("procurement_announcement")
    const [current] = await announcements.listAnnouncements({ id: input.announcement_id }, { take: 1 })
    if (!current || current.status !== "published") return new StepResponse(null)
    const withdrawn = await announcements.withdrawAnnouncement(input.announcement_id, input.reason, input.actor)
    return new StepResponse(withdrawn, { id: input.announcement_id, published_at: current.published_at, actor: input.actor })
  },
  async (undo, { container }) => {
    if (!undo) return
    await container.resolve<ProcurementAnnouncementService>("procurement_announcement").restoreAnnouncementState(
      undo.id,
      { status: "published", published_at: undo.published_at, withdrawn_at: null, withdraw_reason: null },
      "announcement.withdrawn",
      undo.actor
    )
  }
)
