import { describe, expect, it } from "vitest"
import { agreementSigningDocument, formatYuan, renderAgreementText } from "./agreement-document"

const base = {
  solicitation_title: "山西省2027年度台式计算机框架协议采购",
  lot_position: 1,
  lot_name: "台式计算机（标准办公型）",
  solicitor_name: "山西省政府采购中心",
  unit: "台",
  term_months: 12,
  phase2_methods: ["direct_selection", "second_round_bidding"],
  template: "第二阶段成交价不得高于协议价格。",
}

describe("agreement text", () => {
  it("renders the parties, lot, product, price, term and phase-2 methods of a closed agreement", () => {
    const text = renderAgreementText({
      ...base,
      kind: "closed",
      supplier_name: "联想（北京）有限公司",
      product: { brand: "联想", model: "启天 M437", specification: "i5/16GB/512GB" },
      price_fen: 468_800,
    })
    expect(text).toContain("甲方（征集人）：山西省政府采购中心")
    expect(text).toContain("乙方（入围供应商）：联想（北京）有限公司")
    expect(text).toContain("入围产品：联想 启天 M437（i5/16GB/512GB）")
    expect(text).toContain("协议价格：人民币 4,688.00 元/台")
    expect(text).toContain("12 个月")
    expect(text).toContain("直接选定、二次竞价")
    expect(text.endsWith("第二阶段成交价不得高于协议价格。")).toBe(true)
  })

  it("renders an open agreement's payment standard without a supplier", () => {
    const text = renderAgreementText({ ...base, kind: "open", supplier_name: null, product: null, price_fen: 30_000 })
    expect(text).toContain("固定付费标准：人民币 300.00 元/台")
    expect(text).toContain("经审核加入本协议的供应商")
  })

  it("refuses a closed agreement without supplier or product", () => {
    expect(() => renderAgreementText({ ...base, kind: "closed", supplier_name: null, product: null, price_fen: 1 })).toThrow("closed agreement")
  })

  it.each([
    [0, "0.00"],
    [5, "0.05"],
    [123_456_789, "1,234,567.89"],
  ])("formats %i fen as %s yuan", (fen, text) => expect(formatYuan(fen)).toBe(text))

  it("signs the whole text, so another text is another document", () => {
    const a = { id: "fagr_1", solicitation_id: "sol_1", lot_id: "lot_1", supplier_org_id: "org_1", price_fen: 1, text: "A" }
    expect(agreementSigningDocument(a)).not.toEqual(agreementSigningDocument({ ...a, text: "B" }))
    expect(agreementSigningDocument(a)).toMatchObject({ type: "framework_agreement", agreement_id: "fagr_1", text: "A" })
  })
})
