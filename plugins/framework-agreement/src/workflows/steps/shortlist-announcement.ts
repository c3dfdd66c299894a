import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { AuditActor } from "@govmall/procurement-core/modules/procurement_audit"
import type { ProcurementAnnouncementService } from "@govmall/procurement-core/modules/procurement_announcement"
import type { ProcurementOrganizationService } from "@govmall/procurement-core/modules/procurement_organization"
import { formatYuan } from "../../domain/agreement-document"
import { agreementService } from "./agreement-context"

/**
 * Keeps an open agreement's public shortlist announcement (入围结果公告) current: after an
 * approval, a departure or a removal a new announcement lists the active members with their
 * products and prices, and the previous one is withdrawn as superseded. Compensation withdraws
 * the new one, restores the previous one and the agreement's pointer.
 */
export const refreshShortlistAnnouncementStep = createStep(
  "refresh-framework-agreement-shortlist-announcement",
  async (input: { agreement_id: string; change: string; actor: AuditActor }, { container }) => {
    const service = agreementService(container)
    const a = await service.retrieveAgreement(input.agreement_id)
    if (a.kind !== "open") return new StepResponse(null)
    const orgs = container.resolve<ProcurementOrganizationService>("procurement_organization")
    const active = (a.memberships ?? []).filter((m) => m.status === "active")
    const names = new Map(
      (active.length ? await orgs.listOrganizations({ id: active.map((m) => m.supplier_org_id) }, { take: null as never }) : []).map((o) => [o.id, o])
    )
    const lines = active.map((m, i) => {
      const o = names.get(m.supplier_org_id)
      const product = m.product ? `${m.product.brand} ${m.product.model}` : ""
      return `${i + 1}. ${o?.name ?? m.supplier_org_id}（统一社会信用代码 ${o?.uscc ?? "—"}）${product} ${formatYuan(m.price_fen)} 元/${a.unit}`
    })
    const announcements = container.resolve<ProcurementAnnouncementService>("procurement_announcement")
    const author = { ...input.actor, organization_id: a.owner_org_id }
    const draft = await announcements.createDraftAnnouncement(
      {
        type: "shortlist",
        title: `${a.title} 入围结果公告（开放式，${input.change}）`,
        body: [`固定付费标准：${formatYuan(a.price_fen)} 元/${a.unit}`, "入围供应商：", ...(lines.length ? lines : ["（暂无）"])].join("\n"),
        related_type: "framework_agreement",
        related_id: a.id,
        region_code: a.region_code,
      },
      author
    )
    const published = await announcements.publishAnnouncement(draft.id, author)
    const previous = a.shortlist_announcement_id
    if (previous) await announcements.withdrawAnnouncement(previous, "已由新的入围结果公告替代 / superseded by a newer shortlist announcement", author)
    await service.changeAgreement(a.id, "framework_agreement.shortlist_announced", () => ({ shortlist_announcement_id: published.id }), input.actor)
    return new StepResponse(published, { agreement_id: a.id, new_id: published.id, previous, actor: author })
  },
  async (undo, { container }) => {
    if (!undo) return
    const announcements = container.resolve<ProcurementAnnouncementService>("procurement_announcement")
    await announcements.withdrawAnnouncement(undo.new_id, "撤销 / rolled back", undo.actor)
    if (undo.previous) {
      await announcements.restoreAnnouncementState(
        undo.previous,
        { status: "published", withdrawn_at: null, withdraw_reason: null } as never,
        "announcement.withdrawn",
        undo.actor
      )
    }
    await agreementService(container).restoreAgreementState(
      undo.agreement_id,
      { shortlist_announcement_id: undo.previous },
      "framework_agreement.shortlist_announced",
      undo.actor
    )
  }
)
