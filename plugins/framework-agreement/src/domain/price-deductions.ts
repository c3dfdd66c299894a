/**
 * Policy price deductions (价格扣除) in a framework-agreement evaluation (see
 * shared/domain/policy-zones.md). Whether they apply inside a framework agreement is not settled
 * nationally, so each one is a rule of the solicitation: `{ tag, percent, group }`.
 *
 * - A response carrying `tag` (the plan's preference kinds: `small_micro_enterprise`,
 *   `disability_welfare_unit`, `prison_enterprise`, `green_product`, `domestic_product`) gets
 *   `percent` off its **evaluation price** only. The quoted price stays
 *   the agreement price (协议价格) and the phase-2 ceiling: a deduction never lowers what the
 *   supplier is paid or raises what a purchaser may be charged.
 * - Deductions in the same `group` do not add up; the largest applies. Disability-welfare units
 *   and prison enterprises are "treated as small/micro, no double benefit" (财库〔2017〕141号,
 *   财库〔2014〕68号), so by default they share the `small_micro_enterprise` group
 *   (DEFAULT_DEDUCTION_GROUPS); any other tag is its own group unless `group` says otherwise.
 * - Deductions in different groups add up: the domestic-product deduction "stacks additively
 *   with the SME deduction (100 × (1 − 0.20 − 0.15) = 65)" (国办发〔2025〕34号).
 * - deduction = percent × price rounded half-up to a whole fen (money.percentOfFen);
 *   evaluation price = price − deduction. Ties are judged on these whole-fen prices.
 */
import { InvalidValueError } from "@govmall/procurement-core/domain/domain-error"
import { percentOfFen, type Fen } from "@govmall/procurement-core/domain/money"

export type PriceDeduction = {
  tag: string
  /** Percent of the price, 0 ≤ percent < 100, at most 4 decimals (e.g. 10, "12.5"). */
  percent: number | string
  /** Deductions sharing a group do not stack; default DEFAULT_DEDUCTION_GROUPS[tag] ?? tag. */
  group?: string
}

/** Tags that never stack with each other ("treated as small/micro enterprises"). */
export const DEFAULT_DEDUCTION_GROUPS: Readonly<Record<string, string>> = {
  small_micro_enterprise: "small_micro_enterprise",
  disability_welfare_unit: "small_micro_enterprise",
  prison_enterprise: "small_micro_enterprise",
}

const PERCENT_PATTERN = /^(\d{1,2})(?:\.(\d{1,4}))?$/

/** Percent as an integer number of ten-thousandths of a percent: "12.5" → 125000. */
function toMicroPercent(value: number | string, label: string): number {
  const text = typeof value === "number" ? String(value) : String(value).trim()
  const match = PERCENT_PATTERN.exec(text)
  if (!match || (typeof value === "number" && !Number.isFinite(value))) {
    throw new InvalidValueError(
      `${label} must be a percent from 0 to below 100 with at most 4 decimals, got ${JSON.stringify(value)}`
    )
  }
  return Number(match[1]) * 10_000 + Number((match[2] ?? "").padEnd(4, "0"))
}

function microToPercentString(micro: number): string {
  const whole = Math.floor(micro / 10_000)
  const fraction = String(micro % 10_000).padStart(4, "0").replace(/0+$/, "")
  return fraction ? `${whole}.${fraction}` : String(whole)
}

export type DeductionPolicy = {
  /** Total percent for a response's tags, as a decimal string ("0" when none applies). */
  percentFor(tags: readonly string[] | undefined): string
  /** The response's evaluation price in fen. */
  evaluationPrice(priceFen: Fen, tags: readonly string[] | undefined): Fen
}

/** Validates the solicitation's deductions once; the policy then prices many responses fast. */
export function createDeductionPolicy(deductions: readonly PriceDeduction[] = []): DeductionPolicy {
  const byTag = new Map<string, { group: string; micro: number }>()
  deductions.forEach((deduction, index) => {
    const label = `price_deductions[${index}]`
    if (typeof deduction?.tag !== "string" || deduction.tag.trim() === "") {
      throw new InvalidValueError(`${label}.tag must be a non-empty string`)
    }
    if (byTag.has(deduction.tag)) {
      throw new InvalidValueError(`${label}.tag "${deduction.tag}" is listed twice`)
    }
    byTag.set(deduction.tag, {
      group: deduction.group ?? DEFAULT_DEDUCTION_GROUPS[deduction.tag] ?? deduction.tag,
      micro: toMicroPercent(deduction.percent, `${label}.percent`),
    })
  })

  // Responses share a handful of tag combinations: compute each combination's total once.
  const cache = new Map<string, string>()
  const percentFor = (tags: readonly string[] | undefined): string => {
    if (!tags || tags.length === 0 || byTag.size === 0) {
      return "0"
    }
    const key = tags.length === 1 ? tags[0] : [...tags].sort().join("\u0000")
    const cached = cache.get(key)
    if (cached !== undefined) {
      return cached
    }
    const bestPerGroup = new Map<string, number>()
    for (const tag of tags) {
      const rule = byTag.get(tag)
      if (rule && rule.micro > (bestPerGroup.get(rule.group) ?? -1)) {
        bestPerGroup.set(rule.group, rule.micro)
      }
    }
    let total = 0
    bestPerGroup.forEach((micro) => (total += micro))
    if (total >= 100 * 10_000) {
      throw new InvalidValueError(
        `price_deductions for tags ${tags.join(", ")} add up to ${microToPercentString(total)} %, which must stay below 100 %`
      )
    }
    const percent = microToPercentString(total)
    cache.set(key, percent)
    return percent
  }

  return {
    percentFor,
    evaluationPrice(priceFen, tags) {
      const percent = percentFor(tags)
      return percent === "0" ? priceFen : priceFen - percentOfFen(priceFen, percent, "half-up")
    },
  }
}
