/**
 * The text of a framework agreement (框架协议) and the exact document each side signs (pure).
 *
 * The text is rendered once, at generation, from the solicitation's template and the parties,
 * lot, product, agreement price, term and phase-2 methods; from then on it is never re-rendered
 * (a later change of the template must not change what was signed). Both sides sign
 * `agreementSigningDocument`, which carries the full text: a client that signs anything else —
 * a tampered text, another price — produces a signature whose digest does not match.
 */
import { InvalidValueError } from "@govmall/procurement-core/domain/domain-error"

export type AgreementProduct = { brand: string; model: string; specification: string }

export type AgreementTextInput = {
  solicitation_title: string
  lot_position: number
  lot_name: string
  kind: "closed" | "open"
  solicitor_name: string
  /** Null for an open agreement: suppliers join it by signed application. */
  supplier_name: string | null
  product: AgreementProduct | null
  /** Closed: the shortlisted price; open: the fixed payment standard (= maximum unit price). */
  price_fen: number
  unit: string
  term_months: number
  phase2_methods: string[]
  template: string
}

const PHASE2_NAMES: Record<string, string> = {
  direct_selection: "直接选定",
  second_round_bidding: "二次竞价",
  rotation: "顺序轮候",
}

/** 1234567 fen → "12,345.67" (integer arithmetic only). */
export function formatYuan(fen: number): string {
  if (!Number.isSafeInteger(fen) || fen < 0) throw new InvalidValueError(`price_fen must be a whole number of fen ≥ 0, got ${fen}`)
  const yuan = Math.floor(fen / 100).toLocaleString("en-US")
  return `${yuan}.${String(fen % 100).padStart(2, "0")}`
}

export function renderAgreementText(input: AgreementTextInput): string {
  if (input.kind === "closed" && (!input.supplier_name || !input.product)) {
    throw new InvalidValueError("a closed agreement names its supplier and the shortlisted product")
  }
  if (!Number.isSafeInteger(input.term_months) || input.term_months < 1) {
    throw new InvalidValueError(`term_months must be a whole number ≥ 1, got ${input.term_months}`)
  }
  const methods = input.phase2_methods.map((m) => PHASE2_NAMES[m] ?? m).join("、")
  const lines = [
    `${input.solicitation_title} 框架协议（${input.kind === "closed" ? "封闭式" : "开放式"}）`,
    `采购包${input.lot_position}：${input.lot_name}`,
    `甲方（征集人）：${input.solicitor_name}`,
    input.supplier_name ? `乙方（入围供应商）：${input.supplier_name}` : "乙方：经审核加入本协议的供应商（以入围结果公告为准）",
    input.product
      ? `入围产品：${input.product.brand} ${input.product.model}（${input.product.specification}）`
      : null,
    input.kind === "closed"
      ? `协议价格：人民币 ${formatYuan(input.price_fen)} 元/${input.unit}（第二阶段成交价不得高于协议价格）`
      : `固定付费标准：人民币 ${formatYuan(input.price_fen)} 元/${input.unit}（供应商报价不得高于该标准）`,
    `协议期限：自协议生效之日起 ${input.term_months} 个月`,
    `第二阶段确定成交供应商的方式：${methods}`,
    "",
    input.template.trim(),
  ]
  return lines.filter((line) => line !== null).join("\n")
}

export type SignableAgreement = {
  id: string
  solicitation_id: string
  lot_id: string
  supplier_org_id: string | null
  price_fen: number
  text: string
}

/** What the supplier and the solicitor sign, byte for byte (canonical JSON of this object). */
export function agreementSigningDocument(agreement: SignableAgreement) {
  return {
    type: "framework_agreement",
    agreement_id: agreement.id,
    solicitation_id: agreement.solicitation_id,
    lot_id: agreement.lot_id,
    supplier_org_id: agreement.supplier_org_id,
    price_fen: agreement.price_fen,
    text: agreement.text,
  }
}

export type MembershipApplication = {
  agreement_id: string
  supplier_org_id: string
  product: AgreementProduct
  price_fen: number
  agreement_text: string
}

/** What a supplier signs to join an open agreement: its offer and the agreement's terms. */
export function membershipApplicationDocument(application: MembershipApplication) {
  return {
    type: "framework_agreement_application",
    agreement_id: application.agreement_id,
    supplier_org_id: application.supplier_org_id,
    product: application.product,
    price_fen: application.price_fen,
    agreement_text: application.agreement_text,
  }
}
