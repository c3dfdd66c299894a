/**
 * The plan editor's form state and its conversion to the route's body (pure, spec beside it).
 * Lists are typed one per line or comma-separated; money is typed in yuan and sent in fen. The
 * form checks only what it must to build the body; every rule is the server's, whose message
 * (naming the field) the editor shows as is.
 */
import { fenToYuanText, yuanToFen, type YuanError } from "./yuan"

export type LotForm = {
  id?: string
  name: string
  specification: string
  kind: "goods" | "services"
  quantity_estimate: string
  unit: string
  budget_yuan: string
  max_unit_price_yuan: string
  deposit_yuan: string
  consumables_price_required: boolean
}

export type PlanForm = {
  title: string
  region_code: string
  catalog_item_codes: string
  centralized_catalog: boolean
  eligible_region_codes: string
  agreement_kind: "closed" | "open"
  evaluation_method: "" | "price_priority" | "quality_priority"
  quality_priority_basis: "" | "government_price" | "lab_instrument"
  scoring_criteria: string
  elimination_rate_percent: string
  shortlist_cap: string
  phase2_methods: Array<"direct_selection" | "second_round_bidding" | "rotation">
  term_months: string
  response_window_days: string
  survey_purchasers: string
  survey_suppliers: string
  sme_deduction_percent: string
  agreement_template: string
  lots: LotForm[]
}

export const emptyLot = (): LotForm => ({
  name: "",
  specification: "",
  kind: "goods",
  quantity_estimate: "",
  unit: "台",
  budget_yuan: "",
  max_unit_price_yuan: "",
  deposit_yuan: "0",
  consumables_price_required: false,
})

export const emptyPlanForm = (region = ""): PlanForm => ({
  title: "",
  region_code: region,
  catalog_item_codes: "",
  centralized_catalog: true,
  eligible_region_codes: region,
  agreement_kind: "closed",
  evaluation_method: "price_priority",
  quality_priority_basis: "",
  scoring_criteria: "",
  elimination_rate_percent: "20",
  shortlist_cap: "",
  phase2_methods: ["direct_selection"],
  term_months: "12",
  response_window_days: "20",
  survey_purchasers: "",
  survey_suppliers: "",
  sme_deduction_percent: "",
  agreement_template: "",
  lots: [emptyLot()],
})

export type FormError = { field: string; error: YuanError | "number" }

const list = (text: string) =>
  text
    .split(/[\n,，、]/)
    .map((s) => s.trim())
    .filter(Boolean)

const num = (text: string) => (text.trim() === "" ? undefined : Number(text.trim()))

/** The body for POST /admin/solicitations (or the edit route), or the form fields to fix. */
export function planFormToBody(form: PlanForm): { ok: true; body: Record<string, unknown> } | { ok: false; errors: FormError[] } {
  const errors: FormError[] = []
  const whole = (field: string, text: string) => {
    const n = num(text)
    if (n === undefined) return undefined
    if (!Number.isFinite(n)) errors.push({ field, error: "number" })
    return n
  }
  const money = (field: string, text: string, allowZero = false) => {
    const result = yuanToFen(text, { allowZero })
    if (!result.ok) {
      errors.push({ field, error: result.error })
      return 0
    }
    return result.fen
  }
  const closed = form.agreement_kind === "closed"
  const quality = closed && form.evaluation_method === "quality_priority"
  const body: Record<string, unknown> = {
    title: form.title.trim(),
    region_code: form.region_code.trim(),
    catalog_item_codes: list(form.catalog_item_codes),
    centralized_catalog: form.centralized_catalog,
    eligible_region_codes: list(form.eligible_region_codes),
    agreement_kind: form.agreement_kind,
    phase2_methods: (closed ? form.phase2_methods : ["direct_selection"]).map((method) => ({ method })),
    term_months: whole("term_months", form.term_months),
    response_window_days: whole("response_window_days", form.response_window_days),
    demand_survey: {
      purchasers: list(form.survey_purchasers).map((name) => ({ name })),
      suppliers: list(form.survey_suppliers).map((name) => ({ name })),
    },
    policy_preferences:
      form.sme_deduction_percent.trim() === ""
        ? []
        : [{ kind: "small_micro_enterprise", price_deduction_percent: whole("sme_deduction_percent", form.sme_deduction_percent) }],
    agreement_template: form.agreement_template,
    lots: form.lots.map((lot, i) => ({
      ...(lot.id ? { id: lot.id } : {}),
      name: lot.name.trim(),
      specification: lot.specification.trim(),
      kind: lot.kind,
      quantity_estimate: whole(`lots.${i}.quantity_estimate`, lot.quantity_estimate),
      unit: lot.unit.trim(),
      budget_fen: money(`lots.${i}.budget_yuan`, lot.budget_yuan),
      max_unit_price_fen: money(`lots.${i}.max_unit_price_yuan`, lot.max_unit_price_yuan),
      deposit_fen: money(`lots.${i}.deposit_yuan`, lot.deposit_yuan || "0", true),
      consumables_price_required: lot.consumables_price_required,
    })),
  }
  if (closed) {
    body.evaluation_method = form.evaluation_method || undefined
    if (form.elimination_rate_percent.trim()) body.elimination_rate_percent = whole("elimination_rate_percent", form.elimination_rate_percent)
    if (form.shortlist_cap.trim()) body.shortlist_cap = whole("shortlist_cap", form.shortlist_cap)
    if (quality) {
      body.quality_priority_basis = form.quality_priority_basis || undefined
      body.scoring_criteria = list(form.scoring_criteria).map((line) => {
        const [name, points] = line.split(/[:：]/)
        return { name: name.trim(), max_points: Number((points ?? "").trim()), graded: true }
      })
    }
  }
  return errors.length ? { ok: false, errors } : { ok: true, body: JSON.parse(JSON.stringify(body)) }
}

type PlanDTO = Record<string, any>

/** A stored plan back into the form (editing a draft or returned plan). */
export function planToForm(plan: PlanDTO): PlanForm {
  const sme = (plan.policy_preferences ?? []).find((p: { kind: string }) => p.kind === "small_micro_enterprise")
  return {
    title: plan.title ?? "",
    region_code: plan.region_code ?? "",
    catalog_item_codes: (plan.catalog_item_codes ?? []).join("\n"),
    centralized_catalog: !!plan.centralized_catalog,
    eligible_region_codes: (plan.eligible_region_codes ?? []).join("\n"),
    agreement_kind: plan.agreement_kind ?? "closed",
    evaluation_method: plan.evaluation_method ?? "",
    quality_priority_basis: plan.quality_priority_basis ?? "",
    scoring_criteria: (plan.scoring_criteria ?? []).map((c: { name: string; max_points: number }) => `${c.name}: ${c.max_points}`).join("\n"),
    elimination_rate_percent: plan.elimination_rate_percent == null ? "" : String(plan.elimination_rate_percent),
    shortlist_cap: plan.shortlist_cap == null ? "" : String(plan.shortlist_cap),
    phase2_methods: (plan.phase2_methods ?? []).map((m: { method: string }) => m.method),
    term_months: String(plan.term_months ?? ""),
    response_window_days: String(plan.response_window_days ?? ""),
    survey_purchasers: (plan.demand_survey?.purchasers ?? []).map((p: { name: string }) => p.name).join("\n"),
    survey_suppliers: (plan.demand_survey?.suppliers ?? []).map((p: { name: string }) => p.name).join("\n"),
    sme_deduction_percent: sme ? String(sme.price_deduction_percent) : "",
    agreement_template: plan.agreement_template ?? "",
    lots: (plan.lots ?? []).map((lot: PlanDTO) => ({
      id: lot.id,
      name: lot.name,
      specification: lot.specification,
      kind: lot.kind,
      quantity_estimate: String(lot.quantity_estimate),
      unit: lot.unit,
      budget_yuan: fenToYuanText(Number(lot.budget_fen)),
      max_unit_price_yuan: fenToYuanText(lot.max_unit_price_fen),
      deposit_yuan: fenToYuanText(lot.deposit_fen),
      consumables_price_required: !!lot.consumables_price_required,
    })),
  }
}

/** Which actions a plan's status offers (the routes decide again). */
export function planActions(status: string): { edit: boolean; submit: boolean; publish: boolean; cancel: boolean; review: boolean } {
  return {
    edit: status === "draft" || status === "returned",
    submit: status === "draft" || status === "returned",
    publish: status === "approved" || status === "filed",
    cancel: !["concluded", "failed", "cancelled"].includes(status),
    review: status === "submitted",
  }
}
