/**
 * The numbers the plan rules enforce, each with its documented default (MoF Order No. 110 and
 * the sources in `shared/domain/framework-agreement.md`; tags [P]/[S]/[R] as there). Every one
 * is a plugin option (`planRules` in medusa-config) because provinces differ and rules change.
 */
import { InvalidValueError } from "@govmall/procurement-core/domain/domain-error"

export const PREFERENCE_KINDS = [
  "small_micro_enterprise",
  "disability_welfare_unit",
  "prison_enterprise",
  "green_product",
  "domestic_product",
] as const
export type PreferenceKind = (typeof PREFERENCE_KINDS)[number]

export type PlanRuleOptions = {
  /** Agreement term ceiling in months: goods ≤ 1 year, services ≤ 2 years [S]. */
  maxTermMonths: { goods: number; services: number }
  /** Demand survey: at least 3 purchasers and 3 suppliers consulted [P, Art 11]. */
  minSurveyPurchasers: number
  minSurveySuppliers: number
  /** Calendar days from the notice to the response deadline: ≥ 20 [R]. */
  minResponseWindowDays: number
  /** Sanity ceiling of the window (not a legal rule). */
  maxResponseWindowDays: number
  /** Deposit ≤ 2 % of the lot budget (Reg 33) [P]. */
  maxDepositPercent: number
  /** Elimination rate of a closed agreement: ≥ 20 %, ≥ 40 % for quality-priority lab instruments [S]. */
  minEliminationRatePercent: number
  minEliminationRatePercentLab: number
  /** Price deduction ranges (percent) per preference kind (财库〔2020〕46号, 国办发〔2025〕34号) [S]. */
  preferenceRanges: Record<PreferenceKind, { min: number; max: number }>
}

export const DEFAULT_PLAN_RULE_OPTIONS: PlanRuleOptions = {
  maxTermMonths: { goods: 12, services: 24 },
  minSurveyPurchasers: 3,
  minSurveySuppliers: 3,
  minResponseWindowDays: 20,
  maxResponseWindowDays: 180,
  maxDepositPercent: 2,
  minEliminationRatePercent: 20,
  minEliminationRatePercentLab: 40,
  preferenceRanges: {
    small_micro_enterprise: { min: 10, max: 20 },
    // Treated as small / micro enterprises (财库〔2017〕141号, 财库〔2014〕68号).
    disability_welfare_unit: { min: 10, max: 20 },
    prison_enterprise: { min: 10, max: 20 },
    // Priority categories: provinces range from 1 % (Guangdong) to 20 % (Fujian).
    green_product: { min: 1, max: 20 },
    domestic_product: { min: 20, max: 20 },
  },
}

const positiveWhole = (value: unknown, label: string): number => {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 1) {
    throw new InvalidValueError(`planRules.${label} must be a whole number ≥ 1, got ${JSON.stringify(value)}`)
  }
  return value
}

const percent = (value: unknown, label: string): number => {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0 || value > 100) {
    throw new InvalidValueError(`planRules.${label} must be a percentage from 0 to 100, got ${JSON.stringify(value)}`)
  }
  return value
}

/** The defaults overridden by the plugin option `planRules` (checked; a bad value stops the boot). */
export function planRuleOptions(input: unknown = {}): PlanRuleOptions {
  if (input === undefined || input === null) return DEFAULT_PLAN_RULE_OPTIONS
  if (typeof input !== "object" || Array.isArray(input)) {
    throw new InvalidValueError(`planRules must be an object, got ${JSON.stringify(input)}`)
  }
  const given = input as Partial<PlanRuleOptions>
  const d = DEFAULT_PLAN_RULE_OPTIONS
  const ranges = { ...d.preferenceRanges }
  for (const [kind, range] of Object.entries(given.preferenceRanges ?? {})) {
    if (!(PREFERENCE_KINDS as readonly string[]).includes(kind)) {
      throw new InvalidValueError(`planRules.preferenceRanges: unknown kind ${JSON.stringify(kind)}`)
    }
    const min = percent(range?.min, `preferenceRanges.${kind}.min`)
    const max = percent(range?.max, `preferenceRanges.${kind}.max`)
    if (min > max) throw new InvalidValueError(`planRules.preferenceRanges.${kind}: min ${min} is above max ${max}`)
    ranges[kind as PreferenceKind] = { min, max }
  }
  const options: PlanRuleOptions = {
    maxTermMonths: {
      goods: positiveWhole(given.maxTermMonths?.goods ?? d.maxTermMonths.goods, "maxTermMonths.goods"),
      services: positiveWhole(given.maxTermMonths?.services ?? d.maxTermMonths.services, "maxTermMonths.services"),
    },
    minSurveyPurchasers: positiveWhole(given.minSurveyPurchasers ?? d.minSurveyPurchasers, "minSurveyPurchasers"),
    minSurveySuppliers: positiveWhole(given.minSurveySuppliers ?? d.minSurveySuppliers, "minSurveySuppliers"),
    minResponseWindowDays: positiveWhole(given.minResponseWindowDays ?? d.minResponseWindowDays, "minResponseWindowDays"),
    maxResponseWindowDays: positiveWhole(given.maxResponseWindowDays ?? d.maxResponseWindowDays, "maxResponseWindowDays"),
    maxDepositPercent: percent(given.maxDepositPercent ?? d.maxDepositPercent, "maxDepositPercent"),
    minEliminationRatePercent: percent(given.minEliminationRatePercent ?? d.minEliminationRatePercent, "minEliminationRatePercent"),
    minEliminationRatePercentLab: percent(
      given.minEliminationRatePercentLab ?? d.minEliminationRatePercentLab,
      "minEliminationRatePercentLab"
    ),
    preferenceRanges: ranges,
  }
  if (options.minResponseWindowDays > options.maxResponseWindowDays) {
    throw new InvalidValueError(
      `planRules.minResponseWindowDays ${options.minResponseWindowDays} is above maxResponseWindowDays ${options.maxResponseWindowDays}`
    )
  }
  return options
}
