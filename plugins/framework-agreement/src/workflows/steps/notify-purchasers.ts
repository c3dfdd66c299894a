import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { AuditActor } from "@govmall/procurement-core/modules/procurement_audit"
import type { ProcurementOrganizationService } from "@govmall/procurement-core/modules/procurement_organization"
import { formatYuan } from "../../domain/agreement-document"
import { isEligiblePurchaser } from "../../domain/purchaser-eligibility"
import type { AgreementDTO } from "../../modules/framework-agreement/types"
import { agreementService } from "./agreement-context"

type Undo = { id: string; message_ids: string[]; actor: AuditActor }
type Inbox = { sendMessages(data: Array<Record<string, unknown>>): Promise<Array<{ id: string }>> }

/**
 * Pushes an activated agreement to every eligible purchasing unit (within 3 working days of
 * signing [S]; done at activation): an inbox message to each active member of each approved
 * eligible unit, then `pushed_at`. Compensation deletes the messages and clears `pushed_at`.
 */
export const notifyEligiblePurchasersStep = createStep(
  "notify-framework-agreement-purchasers",
  async (input: { agreement: AgreementDTO; activated: boolean; actor: AuditActor }, { container }) => {
    const a = input.agreement
    if (!input.activated) return new StepResponse({ notified: 0 }, null as Undo | null)
    const orgs = container.resolve<ProcurementOrganizationService>("procurement_organization")
    const units = (await orgs.listOrganizations({ kind: "purchasing_unit", status: "approved" }, { take: null as never })) as Array<{ id: string; region_code: string | null }>
    const eligible = units.filter((u) => isEligiblePurchaser(u, a))
    const members = eligible.length
      ? ((await orgs.listMembers({ organization_id: eligible.map((u) => u.id), status: "active" } as never, { take: null as never })) as Array<{ actor_type: string; actor_id: string }>)
      : []
    const supplier = a.supplier_org_id ? (await orgs.listOrganizations({ id: a.supplier_org_id }, { take: 1 }))[0] : null
    const product = a.product ? `${a.product.brand} ${a.product.model}` : ""
    const body = [
      `${a.title}`,
      supplier ? `入围供应商：${supplier.name}` : "开放式框架协议：供应商经审核加入，名单见入围结果公告",
      product ? `入围产品：${product}` : null,
      `${a.kind === "closed" ? "协议价格" : "固定付费标准"}：${formatYuan(a.price_fen)} 元/${a.unit}`,
      `第二阶段方式：${a.phase2_methods.join(", ")}；协议期限至 ${a.ends_at ? new Date(a.ends_at).toISOString().slice(0, 10) : "—"}`,
    ]
      .filter(Boolean)
      .join("\n")
    const inbox = container.resolve<Inbox>("procurement_inbox")
    const sent = members.length
      ? await inbox.sendMessages(
          members.map((m) => ({
            recipient_actor_type: m.actor_type,
            recipient_id: m.actor_id,
            title: `框架协议生效通知 / Framework agreement in force: ${a.title}`,
            body,
            link: `/store/framework-agreements/${a.id}`,
            category: "framework_agreement",
          }))
        )
      : []
    await agreementService(container).changeAgreement(a.id, "framework_agreement.pushed", (_x, now) => ({ pushed_at: now }), input.actor)
    return new StepResponse({ notified: sent.length }, { id: a.id, message_ids: sent.map((m) => m.id), actor: input.actor } as Undo | null)
  },
  async (undo, { container }) => {
    if (!undo) return
    const inbox = container.resolve<{ deleteInboxMessages?: (ids: string[]) => Promise<void> }>("procurement_inbox")
    if (undo.message_ids.length && inbox.deleteInboxMessages) await inbox.deleteInboxMessages(undo.message_ids)
    await agreementService(container).restoreAgreementState(undo.id, { pushed_at: null }, "framework_agreement.pushed", undo.actor)
  }
)
