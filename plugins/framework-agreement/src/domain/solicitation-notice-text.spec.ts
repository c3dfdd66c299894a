import { describe, expect, it } from "vitest"
import { solicitationNoticeBody, solicitationNoticeTitle } from "./solicitation-notice-text"
import type { SolicitationPlan } from "./plan-rules"

const plan = {
  title: "山西省台式计算机框架协议采购",
  agreement_kind: "closed",
  term_months: 12,
  catalog_item_codes: ["A02010104"],
  evaluation_method: "price_priority",
  elimination_rate_percent: 20,
  shortlist_cap: null,
  phase2_methods: [{ method: "direct_selection" }, { method: "second_round_bidding" }],
  policy_preferences: [],
  lots: [
    { name: "台式计算机", kind: "goods", quantity_estimate: 3000, unit: "台", max_unit_price_fen: 500000, deposit_fen: 0, consumables_price_required: false },
    { name: "打印机", kind: "goods", quantity_estimate: 500, unit: "台", max_unit_price_fen: 250050, deposit_fen: 100000, consumables_price_required: true },
  ],
} as unknown as SolicitationPlan

describe("solicitation notice text", () => {
  it("states the lots, ceilings, method and the deadline in Shanghai time", () => {
    const body = solicitationNoticeBody(plan, new Date("2026-11-22T15:59:59.999Z"))
    expect(solicitationNoticeTitle(plan)).toBe("山西省台式计算机框架协议采购 征集公告")
    expect(body).toContain("协议类型：封闭式框架协议；协议期限：12 个月")
    expect(body).toContain("评审方法：价格优先法；淘汰率 20%")
    expect(body).toContain("第二阶段成交方式：直接选定、二次竞价")
    expect(body).toContain("采购包 1：台式计算机（货物），预估数量 3000 台，最高限制单价 ¥5,000.00")
    expect(body).toContain("采购包 2：打印机（货物），预估数量 500 台，最高限制单价 ¥2,500.50，保证金 ¥1,000.00，须报专用耗材价格")
    expect(body).toContain("提交响应文件截止时间：2026-11-22 23:59（北京时间）")
  })
})
