import { describe, expect, it } from "vitest"
import { DEFAULT_PLAN_RULE_OPTIONS, planRuleOptions } from "./plan-options"
import { assertValidPlan, planProblems, type SolicitationPlan } from "./plan-rules"

/** A closed, price-priority desktop-computer plan that breaks no rule. */
function validPlan(): SolicitationPlan {
  return {
    title: "山西省2027年度台式计算机框架协议采购",
    region_code: "140000",
    catalog_item_codes: ["A02010104"],
    centralized_catalog: true,
    eligible_region_codes: ["140000"],
    eligible_unit_ids: [],
    agreement_kind: "closed",
    evaluation_method: "price_priority",
    quality_priority_basis: null,
    scoring_criteria: null,
    elimination_rate_percent: 20,
    shortlist_cap: null,
    phase2_methods: [{ method: "direct_selection" }, { method: "second_round_bidding", params: { min_valid_quotes: 3 } }],
    term_months: 12,
    response_window_days: 20,
    demand_survey: {
      purchasers: [{ name: "山西省教育厅" }, { name: "太原市公安局" }, { name: "大同市卫生健康委员会" }],
      suppliers: [{ name: "联想（北京）有限公司" }, { name: "华为技术有限公司" }, { name: "山西晋云信息技术有限公司" }],
    },
    policy_preferences: [{ kind: "small_micro_enterprise", price_deduction_percent: 10 }],
    agreement_template: "甲方：{{solicitor}}；乙方：{{supplier}}；协议价格以入围报价为准。",
    lots: [
      {
        name: "台式计算机（标准型）",
        specification: "Intel i5 / 16GB / 512GB SSD / 23.8 英寸显示器",
        kind: "goods",
        quantity_estimate: 3000,
        unit: "台",
        budget_fen: 1_500_000_000,
        max_unit_price_fen: 500_000,
        consumables_price_required: false,
        deposit_fen: 30_000_000,
      },
    ],
  }
}

type Case = [string, (p: SolicitationPlan) => void, string | null, string?]

const CASES: Case[] = [
  ["the valid plan", () => {}, null],
  ["no lots", (p) => (p.lots = []), "lots", "at least one lot"],
  ["negative max unit price", (p) => (p.lots[0].max_unit_price_fen = -1), "lots[0].max_unit_price_fen"],
  ["fractional max unit price", (p) => (p.lots[0].max_unit_price_fen = 1.5), "lots[0].max_unit_price_fen"],
  ["zero max unit price", (p) => (p.lots[0].max_unit_price_fen = 0), "lots[0].max_unit_price_fen"],
  ["max unit price above the budget", (p) => (p.lots[0].max_unit_price_fen = 1_600_000_000), "lots[0].max_unit_price_fen"],
  ["max unit price above the integer column", (p) => ((p.lots[0].budget_fen = 9e12), (p.lots[0].max_unit_price_fen = 2_147_483_648)), "lots[0].max_unit_price_fen"],
  ["zero budget", (p) => (p.lots[0].budget_fen = 0), "lots[0].budget_fen"],
  ["deposit exactly 2 % of the budget", (p) => (p.lots[0].deposit_fen = 30_000_000), null],
  ["deposit one fen above 2 %", (p) => (p.lots[0].deposit_fen = 30_000_001), "lots[0].deposit_fen", "above 2%"],
  ["negative deposit", (p) => (p.lots[0].deposit_fen = -5), "lots[0].deposit_fen"],
  ["no deposit", (p) => (p.lots[0].deposit_fen = 0), null],
  ["works lot", (p) => (p.lots[0].kind = "works"), "lots[0].kind", "engineering works"],
  ["works catalog code", (p) => (p.catalog_item_codes = ["B01000000"]), "catalog_item_codes[0]", "engineering works"],
  ["malformed catalog code", (p) => (p.catalog_item_codes = ["台式机"]), "catalog_item_codes[0]"],
  ["no catalog code", (p) => (p.catalog_item_codes = []), "catalog_item_codes"],
  ["quantity zero", (p) => (p.lots[0].quantity_estimate = 0), "lots[0].quantity_estimate"],
  ["blank specification", (p) => (p.lots[0].specification = "  "), "lots[0].specification"],
  ["goods term of 12 months", (p) => (p.term_months = 12), null],
  ["goods term of 13 months", (p) => (p.term_months = 13), "term_months", "goods ≤ 1 year"],
  ["services term of 24 months", (p) => ((p.lots[0].kind = "services"), (p.term_months = 24)), null],
  ["services term of 25 months", (p) => ((p.lots[0].kind = "services"), (p.term_months = 25)), "term_months", "services ≤ 2 years"],
  ["goods and services lots: goods limit", (p) => (p.lots.push({ ...p.lots[0], kind: "services" }), (p.term_months = 18)), "term_months"],
  ["survey with 2 purchasers", (p) => p.demand_survey.purchasers.pop(), "demand_survey.purchasers", "at least 3"],
  ["survey with 2 suppliers", (p) => p.demand_survey.suppliers.pop(), "demand_survey.suppliers", "at least 3"],
  ["survey naming one purchaser three times", (p) => (p.demand_survey.purchasers = [{ name: "甲" }, { name: "甲" }, { name: " 甲 " }]), "demand_survey.purchasers"],
  ["window of 19 days", (p) => (p.response_window_days = 19), "response_window_days", "from 20"],
  ["window of 20 days", (p) => (p.response_window_days = 20), null],
  ["no eligible purchasers", (p) => ((p.eligible_region_codes = []), (p.eligible_unit_ids = [])), "eligible_region_codes"],
  ["eligible unit list only", (p) => ((p.eligible_region_codes = []), (p.eligible_unit_ids = ["org_1"])), null],
  ["elimination rate 19 %", (p) => (p.elimination_rate_percent = 19), "elimination_rate_percent", "at least 20%"],
  ["elimination rate 100 %", (p) => (p.elimination_rate_percent = 100), "elimination_rate_percent"],
  ["a cap instead of a rate", (p) => ((p.elimination_rate_percent = null), (p.shortlist_cap = 8)), null],
  ["both rate and cap", (p) => (p.shortlist_cap = 8), "elimination_rate_percent", "exactly one"],
  ["neither rate nor cap", (p) => (p.elimination_rate_percent = null), "elimination_rate_percent"],
  ["cap of zero", (p) => ((p.elimination_rate_percent = null), (p.shortlist_cap = 0)), "shortlist_cap"],
  [
    "quality priority lab instruments at 40 %",
    (p) => Object.assign(p, { evaluation_method: "quality_priority", quality_priority_basis: "lab_instrument", scoring_criteria: [{ name: "检测精度", max_points: 60, graded: true }], elimination_rate_percent: 40 }),
    null,
  ],
  [
    "quality priority lab instruments at 30 %",
    (p) => Object.assign(p, { evaluation_method: "quality_priority", quality_priority_basis: "lab_instrument", scoring_criteria: [{ name: "检测精度", max_points: 60, graded: true }], elimination_rate_percent: 30 }),
    "elimination_rate_percent",
    "at least 40%",
  ],
  ["quality priority without basis", (p) => Object.assign(p, { evaluation_method: "quality_priority", scoring_criteria: [{ name: "质量", max_points: 50, graded: true }] }), "quality_priority_basis"],
  ["quality priority without criteria", (p) => Object.assign(p, { evaluation_method: "quality_priority", quality_priority_basis: "government_price" }), "scoring_criteria"],
  ["scoring criteria with price priority", (p) => (p.scoring_criteria = [{ name: "质量", max_points: 50, graded: true }]), "scoring_criteria"],
  ["closed without evaluation method", (p) => (p.evaluation_method = null), "evaluation_method"],
  [
    "open agreement, direct selection only",
    (p) => Object.assign(p, { agreement_kind: "open", evaluation_method: null, elimination_rate_percent: null, phase2_methods: [{ method: "direct_selection" }] }),
    null,
  ],
  [
    "open agreement with second-round bidding",
    (p) => Object.assign(p, { agreement_kind: "open", evaluation_method: null, elimination_rate_percent: null }),
    "phase2_methods[1].method",
    "direct_selection only",
  ],
  ["open agreement with elimination", (p) => Object.assign(p, { agreement_kind: "open", evaluation_method: null, phase2_methods: [{ method: "direct_selection" }] }), "elimination_rate_percent"],
  ["no phase-2 method", (p) => (p.phase2_methods = []), "phase2_methods"],
  ["phase-2 method twice", (p) => p.phase2_methods.push({ method: "direct_selection" }), "phase2_methods[2].method"],
  ["unknown phase-2 parameter", (p) => (p.phase2_methods[1].params = { foo: 1 }), "phase2_methods[1].params.foo"],
  ["rotation period of 0 days", (p) => p.phase2_methods.push({ method: "rotation", params: { period_days: 0 } }), "phase2_methods[2].params.period_days"],
  ["SME deduction 25 %", (p) => (p.policy_preferences[0].price_deduction_percent = 25), "policy_preferences[0].price_deduction_percent", "from 10% to 20%"],
  ["domestic product 20 %", (p) => p.policy_preferences.push({ kind: "domestic_product", price_deduction_percent: 20 }), null],
  ["a preference twice", (p) => p.policy_preferences.push({ kind: "small_micro_enterprise", price_deduction_percent: 12 }), "policy_preferences[1].kind"],
  ["blank agreement template", (p) => (p.agreement_template = ""), "agreement_template"],
  ["bad region code", (p) => (p.region_code = "14"), "region_code"],
]

describe("plan rules", () => {
  it.each(CASES)("%s", (_name, mutate, field, text) => {
    const plan = validPlan()
    mutate(plan)
    const problems = planProblems(plan)
    if (field === null) {
      expect(problems).toEqual([])
      expect(() => assertValidPlan(plan)).not.toThrow()
      return
    }
    const problem = problems.find((x) => x.field === field)
    expect(problem, JSON.stringify(problems)).toBeDefined()
    if (text) expect(problem!.message).toContain(text)
    expect(() => assertValidPlan(plan)).toThrow(new RegExp(field.replace(/[[\].]/g, "\\$&")))
  })

  it("lists every problem at once, each with its field", () => {
    const plan = validPlan()
    plan.lots = []
    plan.term_months = 30
    plan.demand_survey.suppliers = []
    expect(planProblems(plan).map((x) => x.field)).toEqual(["lots", "term_months", "demand_survey.suppliers"])
  })

  it("throws an invalid_data error", () => {
    const plan = validPlan()
    plan.response_window_days = 10
    try {
      assertValidPlan(plan)
      expect.unreachable()
    } catch (error: any) {
      expect(error.kind).toBe("invalid_data")
      expect(error.message).toMatch(/^response_window_days: must be a whole number of days from 20/)
    }
  })

  it("applies configured numbers instead of the defaults", () => {
    const strict = planRuleOptions({ minResponseWindowDays: 30, maxDepositPercent: 1, maxTermMonths: { goods: 6 } })
    const plan = validPlan()
    expect(planProblems(plan, strict).map((x) => x.field)).toEqual(["lots[0].deposit_fen", "term_months", "response_window_days"])
    expect(planProblems(plan, DEFAULT_PLAN_RULE_OPTIONS)).toEqual([])
  })
})

describe("plan rule options", () => {
  it("defaults to the documented numbers", () => {
    expect(planRuleOptions()).toEqual(DEFAULT_PLAN_RULE_OPTIONS)
    expect(DEFAULT_PLAN_RULE_OPTIONS).toMatchObject({
      maxTermMonths: { goods: 12, services: 24 },
      minSurveyPurchasers: 3,
      minSurveySuppliers: 3,
      minResponseWindowDays: 20,
      maxDepositPercent: 2,
      minEliminationRatePercent: 20,
      minEliminationRatePercentLab: 40,
    })
  })

  it.each([
    [{ minSurveySuppliers: 0 }, /minSurveySuppliers/],
    [{ maxDepositPercent: 120 }, /maxDepositPercent/],
    [{ minResponseWindowDays: 200 }, /above maxResponseWindowDays/],
    [{ preferenceRanges: { lottery: { min: 1, max: 2 } } }, /unknown kind/],
    [{ preferenceRanges: { green_product: { min: 5, max: 2 } } }, /min 5 is above max 2/],
    ["strict", /must be an object/],
  ])("refuses %j", (input, message) => {
    expect(() => planRuleOptions(input)).toThrow(message)
  })
})
