/** A closed, price-priority plan for Shanxi desktop computers that breaks no rule (request body). */
export function planBody(overrides: Record<string, unknown> = {}) {
  return {
    title: "山西省2027年度台式计算机框架协议采购",
    region_code: "140100",
    catalog_item_codes: ["A02010104"],
    centralized_catalog: true,
    eligible_region_codes: ["140000"],
    agreement_kind: "closed",
    evaluation_method: "price_priority",
    elimination_rate_percent: 20,
    phase2_methods: [{ method: "direct_selection" }, { method: "second_round_bidding", params: { min_valid_quotes: 3 } }],
    term_months: 12,
    response_window_days: 20,
    demand_survey: {
      purchasers: [{ name: "山西省教育厅" }, { name: "太原市公安局" }, { name: "大同市卫生健康委员会" }],
      suppliers: [{ name: "联想（北京）有限公司" }, { name: "华为技术有限公司" }, { name: "山西晋云信息技术有限公司" }],
    },
    policy_preferences: [{ kind: "small_micro_enterprise", price_deduction_percent: 10 }],
    agreement_template: "甲方：山西省政府采购中心；乙方：入围供应商。协议价格为入围报价，第二阶段成交价不得高于协议价格。",
    lots: [
      {
        name: "台式计算机（标准办公型）",
        specification: "Intel Core i5 / 16GB / 512GB SSD / 23.8 英寸显示器 / 三年上门保修",
        kind: "goods",
        quantity_estimate: 3000,
        unit: "台",
        budget_fen: 1_500_000_000,
        max_unit_price_fen: 500_000,
        consumables_price_required: false,
        deposit_fen: 20_000_000,
      },
      {
        name: "台式计算机（高性能型）",
        specification: "Intel Core i7 / 32GB / 1TB SSD / 27 英寸显示器",
        kind: "goods",
        quantity_estimate: 500,
        unit: "台",
        budget_fen: 400_000_000,
        max_unit_price_fen: 800_000,
        consumables_price_required: false,
        deposit_fen: 0,
      },
    ],
    ...overrides,
  }
}
