/**
 * Is a solicitation plan (征集计划) acceptable? Pure: the plan and the options are given. Shapes
 * are checked at the HTTP edge (zod); these are the rules of MoF Order No. 110 and the
 * platform, each number from `PlanRuleOptions` (see plan-options.ts for defaults and sources).
 *
 * `planProblems` lists every problem with the field it is about (`lots[1].deposit_fen`);
 * `assertValidPlan` throws an InvalidValueError (→ 400 invalid_data) whose message starts with
 * the first problem's field and lists them all, so the agency fixes the plan in one pass.
 */
import { InvalidValueError } from "@govmall/procurement-core/domain/domain-error"
import { percentOfFen } from "@govmall/procurement-core/domain/money"
import { DEFAULT_PLAN_RULE_OPTIONS, PREFERENCE_KINDS, type PlanRuleOptions, type PreferenceKind } from "./plan-options"

export const AGREEMENT_KINDS = ["closed", "open"] as const
export type AgreementKind = (typeof AGREEMENT_KINDS)[number]
export const EVALUATION_METHODS = ["price_priority", "quality_priority"] as const
export type EvaluationMethod = (typeof EVALUATION_METHODS)[number]
/** Why quality-priority is allowed: government (guided) prices, or testing / lab instruments. */
export const QUALITY_PRIORITY_BASES = ["government_price", "lab_instrument"] as const
export type QualityPriorityBasis = (typeof QUALITY_PRIORITY_BASES)[number]
export const PHASE2_METHODS = ["direct_selection", "second_round_bidding", "rotation"] as const
export type Phase2Method = (typeof PHASE2_METHODS)[number]
/** `works` exists only to be refused: framework agreements are for goods and services. */
export const LOT_KINDS = ["goods", "services", "works"] as const
export type LotKind = (typeof LOT_KINDS)[number]

/** PostgreSQL `integer` holds unit prices and deposits; budgets are numeric. */
export const MAX_INTEGER_FEN = 2_147_483_647

export type PlanLot = {
  name: string
  specification: string
  kind: LotKind
  quantity_estimate: number
  unit: string
  budget_fen: number
  max_unit_price_fen: number
  consumables_price_required: boolean
  /** Bid deposit asked of each responding supplier; 0 = none. */
  deposit_fen: number
}

export type Phase2MethodEntry = {
  method: Phase2Method
  /** second_round_bidding: min_valid_quotes, response_hours, confirm_hours; rotation: period_days. */
  params?: Record<string, number>
}

export type SolicitationPlan = {
  title: string
  region_code: string
  catalog_item_codes: string[]
  /** In the centralized procurement catalog → approved; outside → filed (备案). */
  centralized_catalog: boolean
  eligible_region_codes: string[]
  eligible_unit_ids: string[]
  agreement_kind: AgreementKind
  evaluation_method: EvaluationMethod | null
  quality_priority_basis: QualityPriorityBasis | null
  scoring_criteria: Array<{ name: string; max_points: number; graded: boolean }> | null
  elimination_rate_percent: number | null
  shortlist_cap: number | null
  phase2_methods: Phase2MethodEntry[]
  term_months: number
  response_window_days: number
  demand_survey: { purchasers: Array<{ name: string }>; suppliers: Array<{ name: string }> }
  policy_preferences: Array<{ kind: PreferenceKind; price_deduction_percent: number }>
  agreement_template: string
  lots: PlanLot[]
}

export type PlanProblem = { field: string; message: string }

const isWhole = (v: unknown, min = 0): v is number => typeof v === "number" && Number.isSafeInteger(v) && v >= min
const blank = (v: unknown) => typeof v !== "string" || !v.trim()
/** 政府采购品目分类目录: A goods, B works, C services, then digits. */
const CATALOG_CODE = /^[ABC]\d{2,12}$/
const REGION_CODE = /^\d{6}$/

const PHASE2_PARAMS: Record<Phase2Method, Record<string, { min: number }>> = {
  direct_selection: {},
  second_round_bidding: { min_valid_quotes: { min: 1 }, response_hours: { min: 1 }, confirm_hours: { min: 1 } },
  rotation: { period_days: { min: 1 } },
}

function lotProblems(lot: PlanLot, i: number, o: PlanRuleOptions): PlanProblem[] {
  const p: PlanProblem[] = []
  const at = (field: string) => `lots[${i}].${field}`
  if (blank(lot.name)) p.push({ field: at("name"), message: "is required" })
  if (blank(lot.specification)) p.push({ field: at("specification"), message: "is required" })
  if (lot.kind === "works") {
    p.push({ field: at("kind"), message: "engineering works cannot be bought under a framework agreement (goods and services only)" })
  } else if (!(LOT_KINDS as readonly string[]).includes(lot.kind)) {
    p.push({ field: at("kind"), message: `must be goods or services, got ${JSON.stringify(lot.kind)}` })
  }
  if (!isWhole(lot.quantity_estimate, 1)) p.push({ field: at("quantity_estimate"), message: "must be a whole number ≥ 1" })
  if (blank(lot.unit)) p.push({ field: at("unit"), message: "is required" })
  const budgetOk = isWhole(lot.budget_fen, 1)
  if (!budgetOk) p.push({ field: at("budget_fen"), message: "must be a whole number of fen > 0" })
  if (!isWhole(lot.max_unit_price_fen, 1) || lot.max_unit_price_fen > MAX_INTEGER_FEN) {
    p.push({ field: at("max_unit_price_fen"), message: `must be a whole number of fen from 1 to ${MAX_INTEGER_FEN}` })
  } else if (budgetOk && lot.max_unit_price_fen > lot.budget_fen) {
    p.push({ field: at("max_unit_price_fen"), message: `${lot.max_unit_price_fen} is above the lot budget ${lot.budget_fen}` })
  }
  if (!isWhole(lot.deposit_fen, 0) || lot.deposit_fen > MAX_INTEGER_FEN) {
    p.push({ field: at("deposit_fen"), message: "must be a whole number of fen ≥ 0 (0 = no deposit)" })
  } else if (budgetOk) {
    const cap = percentOfFen(lot.budget_fen, o.maxDepositPercent, "down")
    if (lot.deposit_fen > cap) {
      p.push({ field: at("deposit_fen"), message: `${lot.deposit_fen} is above ${o.maxDepositPercent}% of the lot budget (${cap} fen)` })
    }
  }
  if (typeof lot.consumables_price_required !== "boolean") {
    p.push({ field: at("consumables_price_required"), message: "must be true or false" })
  }
  return p
}

function evaluationProblems(plan: SolicitationPlan, o: PlanRuleOptions): PlanProblem[] {
  const p: PlanProblem[] = []
  if (plan.agreement_kind === "open") {
    // Open agreements admit everyone who accepts the terms: no ranking, no elimination.
    if (plan.evaluation_method) p.push({ field: "evaluation_method", message: "an open agreement has no evaluation method (anyone meeting the terms joins)" })
    if (plan.elimination_rate_percent != null || plan.shortlist_cap != null) {
      p.push({ field: "elimination_rate_percent", message: "an open agreement eliminates nobody: leave elimination_rate_percent and shortlist_cap out" })
    }
    return p
  }
  if (!plan.evaluation_method || !(EVALUATION_METHODS as readonly string[]).includes(plan.evaluation_method)) {
    p.push({ field: "evaluation_method", message: "a closed agreement needs price_priority or quality_priority" })
  }
  const quality = plan.evaluation_method === "quality_priority"
  if (quality) {
    if (!plan.quality_priority_basis || !(QUALITY_PRIORITY_BASES as readonly string[]).includes(plan.quality_priority_basis)) {
      p.push({
        field: "quality_priority_basis",
        message: "quality_priority is allowed only for items with government prices (government_price) or testing / lab instruments (lab_instrument)",
      })
    }
    if (!plan.scoring_criteria?.length) {
      p.push({ field: "scoring_criteria", message: "quality_priority needs at least one scoring criterion" })
    }
    ;(plan.scoring_criteria ?? []).forEach((c, i) => {
      if (blank(c.name)) p.push({ field: `scoring_criteria[${i}].name`, message: "is required" })
      if (typeof c.max_points !== "number" || !(c.max_points > 0) || c.max_points > 100) {
        p.push({ field: `scoring_criteria[${i}].max_points`, message: "must be above 0 and at most 100" })
      }
    })
  } else {
    if (plan.quality_priority_basis) p.push({ field: "quality_priority_basis", message: "applies to quality_priority only" })
    if (plan.scoring_criteria?.length) p.push({ field: "scoring_criteria", message: "price_priority ranks by price: scoring criteria apply to quality_priority only" })
  }
  const hasRate = plan.elimination_rate_percent != null
  const hasCap = plan.shortlist_cap != null
  if (hasRate === hasCap) {
    p.push({ field: "elimination_rate_percent", message: "a closed agreement needs either elimination_rate_percent or shortlist_cap (exactly one)" })
  } else if (hasRate) {
    const lab = quality && plan.quality_priority_basis === "lab_instrument"
    const min = lab ? o.minEliminationRatePercentLab : o.minEliminationRatePercent
    const rate = plan.elimination_rate_percent as number
    if (typeof rate !== "number" || !Number.isFinite(rate) || rate < min || rate >= 100) {
      p.push({
        field: "elimination_rate_percent",
        message: `must be at least ${min}%${lab ? " for quality-priority lab instruments" : ""} and below 100%, got ${JSON.stringify(rate)}`,
      })
    }
  } else if (!isWhole(plan.shortlist_cap, 1)) {
    p.push({ field: "shortlist_cap", message: "must be a whole number ≥ 1" })
  }
  return p
}

function phase2Problems(plan: SolicitationPlan): PlanProblem[] {
  const p: PlanProblem[] = []
  if (!plan.phase2_methods?.length) {
    return [{ field: "phase2_methods", message: "at least one phase-2 method is required" }]
  }
  const seen = new Set<string>()
  plan.phase2_methods.forEach((entry, i) => {
    const at = `phase2_methods[${i}]`
    if (!(PHASE2_METHODS as readonly string[]).includes(entry.method)) {
      p.push({ field: `${at}.method`, message: `must be one of ${PHASE2_METHODS.join(", ")}` })
      return
    }
    if (seen.has(entry.method)) p.push({ field: `${at}.method`, message: `${entry.method} is listed twice` })
    seen.add(entry.method)
    if (plan.agreement_kind === "open" && entry.method !== "direct_selection") {
      p.push({ field: `${at}.method`, message: "an open agreement allows direct_selection only" })
    }
    const allowed = PHASE2_PARAMS[entry.method]
    for (const [name, value] of Object.entries(entry.params ?? {})) {
      if (!allowed[name]) p.push({ field: `${at}.params.${name}`, message: `is not a parameter of ${entry.method}` })
      else if (!isWhole(value, allowed[name].min)) p.push({ field: `${at}.params.${name}`, message: `must be a whole number ≥ ${allowed[name].min}` })
    }
  })
  return p
}

/** Every problem of the plan, in field order; empty when the plan may be submitted. */
export function planProblems(plan: SolicitationPlan, options: PlanRuleOptions = DEFAULT_PLAN_RULE_OPTIONS): PlanProblem[] {
  const o = options
  const p: PlanProblem[] = []
  if (blank(plan.title)) p.push({ field: "title", message: "is required" })
  if (!REGION_CODE.test(plan.region_code ?? "")) p.push({ field: "region_code", message: "must be a 6-digit division code" })
  if (!plan.catalog_item_codes?.length) p.push({ field: "catalog_item_codes", message: "at least one catalog item code is required" })
  ;(plan.catalog_item_codes ?? []).forEach((code, i) => {
    if (!CATALOG_CODE.test(code)) p.push({ field: `catalog_item_codes[${i}]`, message: `${JSON.stringify(code)} is not a catalog item code (A/C + digits)` })
    else if (code.startsWith("B")) {
      p.push({ field: `catalog_item_codes[${i}]`, message: `${code} is an engineering works item: framework agreements are for goods and services only` })
    }
  })
  if (!plan.eligible_region_codes?.length && !plan.eligible_unit_ids?.length) {
    p.push({ field: "eligible_region_codes", message: "name the eligible purchasing units by region code and/or unit list" })
  }
  ;(plan.eligible_region_codes ?? []).forEach((code, i) => {
    if (!REGION_CODE.test(code)) p.push({ field: `eligible_region_codes[${i}]`, message: "must be a 6-digit division code" })
  })
  if (!(AGREEMENT_KINDS as readonly string[]).includes(plan.agreement_kind)) {
    p.push({ field: "agreement_kind", message: "must be closed or open" })
  }
  p.push(...evaluationProblems(plan, o), ...phase2Problems(plan))

  if (!plan.lots?.length) p.push({ field: "lots", message: "at least one lot is required" })
  ;(plan.lots ?? []).forEach((lot, i) => p.push(...lotProblems(lot, i, o)))
  const hasGoods = (plan.lots ?? []).some((l) => l.kind === "goods")
  const maxTerm = hasGoods ? o.maxTermMonths.goods : o.maxTermMonths.services
  if (!isWhole(plan.term_months, 1) || plan.term_months > maxTerm) {
    p.push({
      field: "term_months",
      message: `must be a whole number of months from 1 to ${maxTerm} (${hasGoods ? "goods ≤ 1 year" : "services ≤ 2 years"}), got ${JSON.stringify(plan.term_months)}`,
    })
  }
  if (!isWhole(plan.response_window_days, o.minResponseWindowDays) || plan.response_window_days > o.maxResponseWindowDays) {
    p.push({
      field: "response_window_days",
      message: `must be a whole number of days from ${o.minResponseWindowDays} to ${o.maxResponseWindowDays}, got ${JSON.stringify(plan.response_window_days)}`,
    })
  }

  const distinct = (list: Array<{ name: string }> | undefined) =>
    new Set((list ?? []).map((x) => (typeof x?.name === "string" ? x.name.trim() : "")).filter(Boolean)).size
  if (distinct(plan.demand_survey?.purchasers) < o.minSurveyPurchasers) {
    p.push({ field: "demand_survey.purchasers", message: `the demand survey must consult at least ${o.minSurveyPurchasers} different purchasers` })
  }
  if (distinct(plan.demand_survey?.suppliers) < o.minSurveySuppliers) {
    p.push({ field: "demand_survey.suppliers", message: `the demand survey must consult at least ${o.minSurveySuppliers} different suppliers` })
  }

  const kinds = new Set<string>()
  ;(plan.policy_preferences ?? []).forEach((pref, i) => {
    const at = `policy_preferences[${i}]`
    if (!(PREFERENCE_KINDS as readonly string[]).includes(pref.kind)) {
      p.push({ field: `${at}.kind`, message: `must be one of ${PREFERENCE_KINDS.join(", ")}` })
      return
    }
    if (kinds.has(pref.kind)) p.push({ field: `${at}.kind`, message: `${pref.kind} is listed twice` })
    kinds.add(pref.kind)
    const range = o.preferenceRanges[pref.kind]
    const pct = pref.price_deduction_percent
    if (typeof pct !== "number" || !Number.isFinite(pct) || pct < range.min || pct > range.max) {
      p.push({ field: `${at}.price_deduction_percent`, message: `${pref.kind} deduction must be from ${range.min}% to ${range.max}%, got ${JSON.stringify(pct)}` })
    }
  })
  if (blank(plan.agreement_template)) p.push({ field: "agreement_template", message: "the agreement template text is required" })
  return p
}

/** Throws InvalidValueError naming the fields when the plan breaks a rule. */
export function assertValidPlan(plan: SolicitationPlan, options: PlanRuleOptions = DEFAULT_PLAN_RULE_OPTIONS): void {
  const problems = planProblems(plan, options)
  if (problems.length) {
    throw new InvalidValueError(problems.map((x) => `${x.field}: ${x.message}`).join("; "))
  }
}
