/**
 * The text of the public solicitation notice (征集公告) made from an approved plan. Pure; the
 * deadline is given. Chinese first (the notice is a legal publication in China); the English
 * line under the title helps foreign-invested suppliers.
 */
import { formatCny } from "@govmall/procurement-core/domain/money"
import { shanghaiDateString } from "@govmall/procurement-core/domain/clock"
import type { SolicitationPlan } from "./plan-rules"

const KIND: Record<string, string> = { closed: "封闭式框架协议", open: "开放式框架协议" }
const METHOD: Record<string, string> = { price_priority: "价格优先法", quality_priority: "质量优先法" }
const PHASE2: Record<string, string> = { direct_selection: "直接选定", second_round_bidding: "二次竞价", rotation: "顺序轮候" }
const LOT_KIND: Record<string, string> = { goods: "货物", services: "服务", works: "工程" }

export function solicitationNoticeTitle(plan: Pick<SolicitationPlan, "title">): string {
  return `${plan.title} 征集公告`
}

export function solicitationNoticeBody(plan: SolicitationPlan, responseDeadline: Date): string {
  const deadline = `${shanghaiDateString(responseDeadline)} 23:59（北京时间）`
  const lines = [
    `项目名称：${plan.title}`,
    `Solicitation notice — responses due ${shanghaiDateString(responseDeadline)} 23:59 (Beijing time).`,
    `协议类型：${KIND[plan.agreement_kind] ?? plan.agreement_kind}；协议期限：${plan.term_months} 个月`,
    `采购品目：${plan.catalog_item_codes.join("、")}`,
  ]
  if (plan.agreement_kind === "closed") {
    const cut =
      plan.elimination_rate_percent != null ? `淘汰率 ${plan.elimination_rate_percent}%` : `入围数量上限 ${plan.shortlist_cap} 家`
    lines.push(`评审方法：${METHOD[plan.evaluation_method ?? ""] ?? "—"}；${cut}`)
  }
  lines.push(`第二阶段成交方式：${plan.phase2_methods.map((m) => PHASE2[m.method] ?? m.method).join("、")}`)
  plan.lots.forEach((lot, i) => {
    lines.push(
      `采购包 ${i + 1}：${lot.name}（${LOT_KIND[lot.kind] ?? lot.kind}），预估数量 ${lot.quantity_estimate} ${lot.unit}，` +
        `最高限制单价 ${formatCny(lot.max_unit_price_fen)}` +
        (lot.deposit_fen > 0 ? `，保证金 ${formatCny(lot.deposit_fen)}` : "") +
        (lot.consumables_price_required ? "，须报专用耗材价格" : "")
    )
  })
  if (plan.policy_preferences.length) {
    lines.push(`政策功能：${plan.policy_preferences.map((p) => `${p.kind} 价格扣除 ${p.price_deduction_percent}%`).join("；")}`)
  }
  lines.push(`提交响应文件截止时间：${deadline}`)
  lines.push("征集文件、澄清与修改在本平台公开，供应商可在截止时间前在线提出澄清问题。")
  return lines.join("\n")
}
