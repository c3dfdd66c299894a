import { describe, expect, it } from "vitest"
import { emptyPlanForm, planActions, planFormToBody, planToForm, type PlanForm } from "./plan-form"

function filled(): PlanForm {
  const form = emptyPlanForm("140000")
  return {
    ...form,
    title: "山西省台式计算机框架协议采购",
    catalog_item_codes: "A02010104",
    phase2_methods: ["direct_selection", "second_round_bidding"],
    survey_purchasers: "山西省教育厅\n太原市公安局\n大同市卫健委",
    survey_suppliers: "联想，华为，晋云",
    sme_deduction_percent: "10",
    agreement_template: "协议正文",
    lots: [
      { ...form.lots[0], name: "台式机", specification: "i5/16G", quantity_estimate: "3000", budget_yuan: "15,000,000", max_unit_price_yuan: "5000", deposit_yuan: "200000" },
    ],
  }
}

describe("plan form", () => {
  it("builds the route body in fen with lists split", () => {
    const result = planFormToBody(filled())
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.body).toMatchObject({
      region_code: "140000",
      catalog_item_codes: ["A02010104"],
      eligible_region_codes: ["140000"],
      evaluation_method: "price_priority",
      elimination_rate_percent: 20,
      phase2_methods: [{ method: "direct_selection" }, { method: "second_round_bidding" }],
      term_months: 12,
      demand_survey: { purchasers: [{ name: "山西省教育厅" }, { name: "太原市公安局" }, { name: "大同市卫健委" }], suppliers: [{ name: "联想" }, { name: "华为" }, { name: "晋云" }] },
      policy_preferences: [{ kind: "small_micro_enterprise", price_deduction_percent: 10 }],
      lots: [{ budget_fen: 1_500_000_000, max_unit_price_fen: 500_000, deposit_fen: 20_000_000, quantity_estimate: 3000 }],
    })
    expect(result.body).not.toHaveProperty("quality_priority_basis")
  })

  it("names the money fields it cannot read", () => {
    const form = filled()
    form.lots[0].max_unit_price_yuan = "5000.123"
    form.lots[0].budget_yuan = ""
    expect(planFormToBody(form)).toEqual({
      ok: false,
      errors: [
        { field: "lots.0.budget_yuan", error: "empty" },
        { field: "lots.0.max_unit_price_yuan", error: "precision" },
      ],
    })
  })

  it("sends an open agreement with direct selection only and no evaluation", () => {
    const result = planFormToBody({ ...filled(), agreement_kind: "open" })
    expect(result.ok && result.body).toMatchObject({ agreement_kind: "open", phase2_methods: [{ method: "direct_selection" }] })
    expect(result.ok && result.body).not.toHaveProperty("evaluation_method")
    expect(result.ok && result.body).not.toHaveProperty("elimination_rate_percent")
  })

  it("reads quality criteria as name: points lines", () => {
    const result = planFormToBody({ ...filled(), evaluation_method: "quality_priority", quality_priority_basis: "lab_instrument", scoring_criteria: "检测精度：60\n稳定性: 40" })
    expect(result.ok && result.body.scoring_criteria).toEqual([
      { name: "检测精度", max_points: 60, graded: true },
      { name: "稳定性", max_points: 40, graded: true },
    ])
  })

  it("round-trips a stored plan, keeping lot ids", () => {
    const body = (planFormToBody(filled()) as { ok: true; body: any }).body
    const stored = { ...body, lots: body.lots.map((l: object, i: number) => ({ ...l, id: `sollot_${i}`, position: i + 1 })) }
    const again = planFormToBody(planToForm(stored))
    expect(again.ok && again.body).toEqual({ ...body, lots: [{ ...body.lots[0], id: "sollot_0" }] })
  })

  it.each([
    ["draft", { edit: true, submit: true, publish: false, cancel: true, review: false }],
    ["returned", { edit: true, submit: true, publish: false, cancel: true, review: false }],
    ["submitted", { edit: false, submit: false, publish: false, cancel: true, review: true }],
    ["filed", { edit: false, submit: false, publish: true, cancel: true, review: false }],
    ["cancelled", { edit: false, submit: false, publish: false, cancel: false, review: false }],
  ])("%s offers %j", (status, actions) => {
    expect(planActions(status)).toEqual(actions)
  })
})
