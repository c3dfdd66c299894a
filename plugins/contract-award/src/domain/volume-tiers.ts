/**
 * Volume-discount tiers (量价关系折扣) of an agreement price. Each shortlisted supplier's phase-1
 * price, including these tiers, is its agreement price: the ceiling of every phase-2 award
 * (framework-agreement.md, "Needs and ceilings", MoF Order 110 Art 13).
 *
 * Format (one list per supplier and lot, stored with the agreement):
 *
 *   { min_quantity: 50,  unit_price_fen: 410000 }   // from 50 units: ¥4,100.00 a unit
 *   { min_quantity: 100, discount_percent: "8.5" }  // from 100 units: agreement price − 8.5 %
 *
 * - A tier applies when quantity ≥ min_quantity; the applicable tier with the highest
 *   min_quantity wins. Below the first tier the base agreement price applies.
 * - min_quantity is a whole number ≥ 2, strictly increasing along the list.
 * - Exactly one of unit_price_fen (whole fen, > 0) or discount_percent (decimal string or
 *   number, 0 < d < 100, ≤ 6 decimals).
 * - A discounted unit price is the base × (100 − d) % rounded DOWN to the fen: it is a ceiling,
 *   so rounding must never raise it above the agreed discount (money.ts `Rounding`).
 * - Ceilings never rise with quantity: each tier's resulting unit price must be ≤ the
 *   previous one (and ≤ the base), otherwise the list is refused when it is saved.
 */
import { assertFen, percentOfFen, type Fen } from "@govmall/procurement-core/domain/money"
import { InvalidValueError } from "@govmall/procurement-core/domain/domain-error"

export type VolumeTier =
  | { min_quantity: number; unit_price_fen: Fen; discount_percent?: undefined }
  | { min_quantity: number; discount_percent: string | number; unit_price_fen?: undefined }

function tierUnitPrice(base: Fen, tier: VolumeTier, label: string): Fen {
  const hasPrice = tier.unit_price_fen !== undefined
  const hasDiscount = tier.discount_percent !== undefined
  if (hasPrice === hasDiscount) {
    throw new InvalidValueError(`${label} needs exactly one of unit_price_fen or discount_percent`)
  }
  if (hasPrice) {
    assertFen(tier.unit_price_fen, `${label}.unit_price_fen`)
    if ((tier.unit_price_fen as Fen) <= 0) {
      throw new InvalidValueError(`${label}.unit_price_fen must be > 0, got ${tier.unit_price_fen}`)
    }
    return tier.unit_price_fen as Fen
  }
  const text = String(tier.discount_percent).trim()
  const discount = Number(text)
  if (!/^\d+(\.\d{1,6})?$/.test(text) || !(discount > 0 && discount < 100)) {
    throw new InvalidValueError(`${label}.discount_percent must be between 0 and 100 (exclusive, ≤ 6 decimals), got ${JSON.stringify(tier.discount_percent)}`)
  }
  // base − base·d% would round the discount; base·(100 − d)% rounded down rounds the price.
  const keep = (100 - discount).toFixed(6).replace(/\.?0+$/, "")
  return percentOfFen(base, keep, "down")
}

/**
 * Checks a tier list against its base agreement price and returns each tier's unit price.
 * Throws InvalidValueError naming the tier (`volume_tiers[1].min_quantity`).
 */
export function resolveVolumeTiers(baseUnitPriceFen: Fen, tiers: readonly VolumeTier[]): Array<{ min_quantity: number; unit_price_fen: Fen }> {
  assertFen(baseUnitPriceFen, "agreement unit_price_fen")
  if (baseUnitPriceFen <= 0) {
    throw new InvalidValueError(`agreement unit_price_fen must be > 0, got ${baseUnitPriceFen}`)
  }
  let previousQuantity = 1
  let previousPrice = baseUnitPriceFen
  return tiers.map((tier, index) => {
    const label = `volume_tiers[${index}]`
    if (!Number.isSafeInteger(tier.min_quantity) || tier.min_quantity < 2) {
      throw new InvalidValueError(`${label}.min_quantity must be a whole number ≥ 2, got ${tier.min_quantity}`)
    }
    if (tier.min_quantity <= previousQuantity) {
      throw new InvalidValueError(`${label}.min_quantity must be greater than the previous tier's (${previousQuantity})`)
    }
    const price = tierUnitPrice(baseUnitPriceFen, tier, label)
    if (price > previousPrice) {
      throw new InvalidValueError(
        `${label} gives a unit price of ${price} fen, above the ${previousPrice} fen that applies to smaller quantities`
      )
    }
    previousQuantity = tier.min_quantity
    previousPrice = price
    return { min_quantity: tier.min_quantity, unit_price_fen: price }
  })
}

/** The agreement's unit-price ceiling for `quantity` units (whole number ≥ 1), tiers applied. */
export function ceilingUnitPrice(baseUnitPriceFen: Fen, tiers: readonly VolumeTier[], quantity: number): Fen {
  if (!Number.isSafeInteger(quantity) || quantity < 1) {
    throw new InvalidValueError(`quantity must be a whole number > 0, got ${quantity}`)
  }
  let price = baseUnitPriceFen
  for (const tier of resolveVolumeTiers(baseUnitPriceFen, tiers)) {
    if (quantity >= tier.min_quantity) {
      price = tier.unit_price_fen
    }
  }
  return price
}
