/**
 * Price rules of an offer (see docs: e-mall listing admission).
 *
 * - A price is a whole number of fen, greater than zero, at most MAX_OFFER_PRICE_FEN (the
 *   column is a PostgreSQL integer: 21,474,836.47 yuan per unit, far above any e-mall item).
 * - It may not exceed the product's reference price (the lowest known market price the agency
 *   recorded). Without a reference price the offer may be listed; the agency reviews it anyway.
 * - A new offer and a price increase need review; a decrease or no change does not.
 */
import { InvalidValueError } from "@govmall/procurement-core/domain/domain-error"
import { fenToYuan, type Fen } from "@govmall/procurement-core/domain/money"

export const MAX_OFFER_PRICE_FEN = 2_147_483_647

export type PriceChange = "new" | "increase" | "decrease" | "unchanged"

export type CheckOfferPriceInput = {
  /** The proposed price (unknown: it comes from a request). */
  price_fen: unknown
  /** The product's reference price in fen, or null when none is recorded. */
  reference_price_fen: Fen | null
  /** The offer's current price; omit (or null) for a new offer. */
  current_price_fen?: Fen | null
  /** Names the value in messages. Default "price_fen". */
  field?: string
  /** Names the product in messages, e.g. its id. */
  product?: string
}

export type CheckOfferPriceResult = {
  price_fen: Fen
  change: PriceChange
  needs_review: boolean
  reference_price_fen: Fen | null
}

function describe(value: unknown): string {
  return typeof value === "string" ? JSON.stringify(value) : String(value)
}

/** Validates a proposed price; throws InvalidValueError (kind `invalid_data`) naming the field. */
export function checkOfferPrice(input: CheckOfferPriceInput): CheckOfferPriceResult {
  const field = input.field ?? "price_fen"
  const price = input.price_fen
  if (typeof price !== "number" || !Number.isSafeInteger(price)) {
    throw new InvalidValueError(`${field} must be a whole number of fen, got ${describe(price)}`)
  }
  if (price <= 0) {
    throw new InvalidValueError(`${field} must be greater than 0 fen, got ${price}`)
  }
  if (price > MAX_OFFER_PRICE_FEN) {
    throw new InvalidValueError(`${field} must be at most ${MAX_OFFER_PRICE_FEN} fen, got ${price}`)
  }
  const reference = input.reference_price_fen
  if (reference !== null && price > reference) {
    throw new InvalidValueError(
      `${field} ${price} (¥${fenToYuan(price)}) exceeds the reference price ${reference} (¥${fenToYuan(reference)})${
        input.product ? ` of product ${input.product}` : ""
      }`
    )
  }
  const current = input.current_price_fen ?? null
  const change: PriceChange =
    current === null ? "new" : price > current ? "increase" : price < current ? "decrease" : "unchanged"
  return {
    price_fen: price,
    change,
    needs_review: change === "new" || change === "increase",
    reference_price_fen: reference,
  }
}
