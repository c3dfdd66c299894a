import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { fenToYuan } from "@govmall/procurement-core/domain/money"
import { shanghaiDateString } from "@govmall/procurement-core/domain/clock"
import {
  PROCUREMENT_ORGANIZATION_MODULE,
  type ProcurementOrganizationService,
} from "@govmall/procurement-core/modules/procurement_organization"
import type { SendInboxMessageInput } from "@govmall/procurement-core/modules/procurement_inbox"
import { sendInboxMessagesWorkflow } from "@govmall/procurement-core/workflows"
import { EmallEvents } from "../events"
import { EMALL_OFFER_MODULE } from "../modules/emall_offer"
import type EmallOfferService from "../modules/emall_offer/service"
import type { PriceReportDTO } from "../modules/emall_offer/types"

type Message = { title: string; body: string }

/**
 * Inbox messages about a price report's decision: the supplier's members when it must act
 * (upheld) or was delisted (expired); the reporting unit's members on every decision. The
 * supplier's message never names the reporter.
 */
function messagesFor(event: string, report: PriceReportDTO): { supplier?: Message; unit?: Message } {
  const offer = report.offer_id
  const target = report.target_price_fen !== null ? `¥${fenToYuan(report.target_price_fen)}` : ""
  const by = report.lower_by ? shanghaiDateString(new Date(report.lower_by)) : ""
  switch (event) {
    case EmallEvents.PRICE_REPORT_UPHELD:
      return {
        supplier: {
          title: `价格举报成立：请于 ${by} 前降价`,
          body: `商品报价 ${offer} 的价格举报经审核成立（${report.decision_reason}）。请在 ${by}（北京时间当日 24 时前）将价格降至 ${target} 或以下，逾期未降价的报价将被下架。A price report on offer ${offer} was upheld: lower the price to ${target} or less by the end of ${by} (Asia/Shanghai), or the offer is delisted.`,
        },
        unit: {
          title: "价格举报已受理并成立",
          body: `您单位对报价 ${offer} 的价格举报成立（${report.decision_reason}），供应商须于 ${by} 前降价至 ${target} 或以下。Your report on offer ${offer} was upheld; the supplier must lower the price to ${target} by ${by}.`,
        },
      }
    case EmallEvents.PRICE_REPORT_DISMISSED:
      return {
        unit: {
          title: "价格举报未成立",
          body: `您单位对报价 ${offer} 的价格举报未成立：${report.decision_reason}。Your report on offer ${offer} was dismissed: ${report.decision_reason}.`,
        },
      }
    case EmallEvents.PRICE_REPORT_RESOLVED:
      return {
        unit: {
          title: "价格举报已处理：供应商已降价",
          body: `报价 ${offer} 已降价至 ¥${fenToYuan(report.resolved_price_fen ?? 0)}。The supplier lowered offer ${offer} to ¥${fenToYuan(report.resolved_price_fen ?? 0)}.`,
        },
      }
    case EmallEvents.PRICE_REPORT_EXPIRED:
      return {
        supplier: {
          title: "报价已下架：未按期降价",
          body: `报价 ${offer} 未在 ${by} 前降价至 ${target}，已下架（over_price_not_lowered）。Offer ${offer} was not lowered to ${target} by ${by} and has been delisted.`,
        },
        unit: {
          title: "价格举报已处理：报价已下架",
          body: `供应商未按期降价，报价 ${offer} 已下架。The supplier did not lower the price; offer ${offer} was delisted.`,
        },
      }
    default:
      return {}
  }
}

export default async function notifyPriceReportParties({ event, container }: SubscriberArgs<{ id: string }>) {
  const report = (await container
    .resolve<EmallOfferService>(EMALL_OFFER_MODULE)
    .retrievePriceReport(event.data.id)) as unknown as PriceReportDTO
  const { supplier, unit } = messagesFor(event.name, report)
  const organizations = container.resolve<ProcurementOrganizationService>(PROCUREMENT_ORGANIZATION_MODULE)
  const membersOf = async (orgId: string | null) =>
    orgId ? ((await organizations.listMembers({ organization_id: orgId, status: "active" } as any, { take: null })) as any[]) : []
  const messages: SendInboxMessageInput[] = []
  for (const [message, orgId, link] of [
    [supplier, report.supplier_org_id, "/supplier/price-reports"],
    [unit, report.reporter_org_id, "/store/emall/price-reports"],
  ] as const) {
    if (!message) continue
    for (const member of await membersOf(orgId)) {
      messages.push({
        recipient_actor_type: member.actor_type,
        recipient_id: member.actor_id,
        title: message.title,
        body: message.body,
        link: `${link}?id=${report.id}`,
        category: "price_report",
      })
    }
  }
  if (messages.length) {
    await sendInboxMessagesWorkflow(container).run({ input: { messages } })
  }
}

export const config: SubscriberConfig = {
  event: [
    EmallEvents.PRICE_REPORT_UPHELD,
    EmallEvents.PRICE_REPORT_DISMISSED,
    EmallEvents.PRICE_REPORT_RESOLVED,
    EmallEvents.PRICE_REPORT_EXPIRED,
  ],
  context: { subscriberId: "emall-notify-price-report-parties" },
}
