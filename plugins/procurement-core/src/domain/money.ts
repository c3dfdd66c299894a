/**
 * Money is an integer number of fen (分, 1/100 CNY) held in a JavaScript number that is a safe
 * integer (|fen| ≤ 2^53 − 1, about 90 trillion yuan). Amounts never pass through binary
 * floating point: strings are parsed digit by digit, and anything with fractions of a fen is
 * computed with BigInt and rounded by an explicit rule.
 */
import { InvalidValueError } from "./domain-error"

/** An amount in fen. A plain number, checked with `assertFen` wherever it enters. */
export type Fen = number

/**
 * How a fraction of a fen is rounded.
 * - `half-up` (default, 四舍五入): to the nearest fen; an exact half goes away from zero.
 * - `down`: toward zero (truncate). Use for caps ("deposit ≤ 2 % of the budget") so the
 *   computed cap never exceeds the legal one.
 * - `up`: away from zero. Use for minimums ("prepayment ≥ 30 %").
 */
export type Rounding = "half-up" | "down" | "up"

export class MoneyError extends InvalidValueError {}

const YUAN_PATTERN = /^([+-])?(\d+)(?:\.(\d+))?$/
const DECIMAL_PATTERN = /^(\d+)(?:\.(\d+))?$/
const MAX_FEN = BigInt(Number.MAX_SAFE_INTEGER)

function describe(value: unknown): string {
  if (typeof value === "string") {
    return JSON.stringify(value)
  }
  if (typeof value === "number" || typeof value === "bigint") {
    return String(value)
  }
  return `${typeof value} ${String(value)}`
}

function toSafeFen(value: bigint, what: string): Fen {
  if (value > MAX_FEN || value < -MAX_FEN) {
    throw new MoneyError(`${what} is out of range: ${value} fen exceeds ±${Number.MAX_SAFE_INTEGER}`)
  }
  return Number(value)
}

/** Throws unless `value` is a safe integer number of fen. `label` names it in the message. */
export function assertFen(value: unknown, label = "amount"): asserts value is Fen {
  if (typeof value !== "number" || !Number.isSafeInteger(value)) {
    throw new MoneyError(
      `${label} must be a whole number of fen (safe integer), got ${describe(value)}`
    )
  }
}

export type YuanToFenOptions = {
  /** Reject amounts below zero (prices, budgets, deposits). Default false. */
  nonNegative?: boolean
  /** Names the value in error messages, e.g. "unit_price". Default "amount". */
  label?: string
}

/**
 * Converts yuan to fen exactly: `yuanToFen("1234.56") === 123456`, `yuanToFen(0.1) === 10`.
 *
 * Accepts a string (`"1234"`, `"1234.5"`, `"-0.01"`, surrounding blanks ignored) or a finite
 * number, which is read through its shortest decimal form (`String(n)`), so 1234.56 is 123456
 * while a drifted float such as 0.1 + 0.2 (= 0.30000000000000004) is rejected rather than
 * silently rounded. Rejects more than 2 decimals, thousands separators, exponents, NaN,
 * Infinity, empty strings, and (with `nonNegative`) negative amounts.
 */
export function yuanToFen(value: string | number, options: YuanToFenOptions = {}): Fen {
  const label = options.label ?? "amount"
  let text: string
  if (typeof value === "number") {
    if (!Number.isFinite(value)) {
      throw new MoneyError(`${label} must be a finite number of yuan, got ${describe(value)}`)
    }
    text = String(value)
  } else if (typeof value === "string") {
    text = value.trim()
  } else {
    throw new MoneyError(`${label} must be a string or number of yuan, got ${describe(value)}`)
  }

  const match = YUAN_PATTERN.exec(text)
  if (!match) {
    throw new MoneyError(
      `${label} is not a plain decimal yuan amount (digits, optional sign and up to 2 decimals): ${describe(value)}`
    )
  }
  const [, sign, whole, fraction = ""] = match
  if (fraction.length > 2) {
    throw new MoneyError(
      `${label} has more than 2 decimals (smaller than 1 fen): ${describe(value)}`
    )
  }
  const magnitude = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, "0"))
  const negative = sign === "-" && magnitude !== 0n
  if (negative && options.nonNegative) {
    throw new MoneyError(`${label} must not be negative, got ${describe(value)}`)
  }
  return toSafeFen(negative ? -magnitude : magnitude, label)
}

/** `fenToYuan(123456) === "1234.56"`, `fenToYuan(-5) === "-0.05"`. Always two decimals. */
export function fenToYuan(fen: Fen): string {
  assertFen(fen)
  const negative = fen < 0
  const abs = Math.abs(fen)
  const whole = Math.floor(abs / 100)
  const cents = String(abs % 100).padStart(2, "0")
  return `${negative ? "-" : ""}${whole}.${cents}`
}

/**
 * Formats fen as a currency string: `formatCny(123456) === "¥1,234.56"` (zh-CN). Other
 * locales follow Intl, e.g. en-US gives "CN¥1,234.56". The amount is handed to Intl as an
 * exact decimal string, so large amounts keep every fen.
 */
export function formatCny(fen: Fen, locale = "zh-CN"): string {
  const yuan = fenToYuan(fen)
  const format = new Intl.NumberFormat(locale, {
    style: "currency",
    currency: "CNY",
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format as (value: number | string) => string
  return format(yuan)
}

/** Sum of amounts in fen; throws if any is not a safe integer or the sum overflows. */
export function addFen(...amounts: Fen[]): Fen {
  let total = 0n
  amounts.forEach((amount, index) => {
    assertFen(amount, `amount #${index + 1}`)
    total += BigInt(amount)
  })
  return toSafeFen(total, "sum")
}

/** Price × quantity. The quantity is a whole number ≥ 0 (units, not kilograms). */
export function multiplyFen(fen: Fen, quantity: number): Fen {
  assertFen(fen, "unit amount")
  if (!Number.isSafeInteger(quantity) || quantity < 0) {
    throw new MoneyError(`quantity must be a whole number ≥ 0, got ${describe(quantity)}`)
  }
  return toSafeFen(BigInt(fen) * BigInt(quantity), "product")
}

/** Parses a non-negative decimal such as 30, "2.5" or "0.125" into digits / 10^scale. */
function parseDecimal(value: string | number, label: string): { digits: bigint; scale: number } {
  if (typeof value === "number" && !Number.isFinite(value)) {
    throw new MoneyError(`${label} must be a finite number, got ${describe(value)}`)
  }
  const text = typeof value === "number" ? String(value) : String(value).trim()
  const match = DECIMAL_PATTERN.exec(text)
  if (!match) {
    throw new MoneyError(`${label} must be a non-negative decimal, got ${describe(value)}`)
  }
  const [, whole, fraction = ""] = match
  if (fraction.length > 6) {
    throw new MoneyError(`${label} has more than 6 decimals: ${describe(value)}`)
  }
  return { digits: BigInt(whole + fraction), scale: fraction.length }
}

/** numerator / denominator (denominator > 0) rounded to an integer by `rounding`. */
function divideRounded(numerator: bigint, denominator: bigint, rounding: Rounding): bigint {
  const negative = numerator < 0n
  const abs = negative ? -numerator : numerator
  let quotient = abs / denominator
  const remainder = abs % denominator
  if (remainder !== 0n) {
    if (rounding === "up" || (rounding === "half-up" && remainder * 2n >= denominator)) {
      quotient += 1n
    }
  }
  return negative ? -quotient : quotient
}

/**
 * `percent` % of `fen`, rounded to a whole fen by `rounding` (default half-up: an exact half
 * fen goes away from zero). `percentOfFen(100001, 30) === 30000` (30000.3),
 * `percentOfFen(5, 50) === 3` (2.5 → 3), `percentOfFen(10_000_00, "2", "down")` for a 2 % cap.
 * `percent` is a non-negative decimal with at most 6 decimals, given as a number or string.
 */
export function percentOfFen(
  fen: Fen,
  percent: number | string,
  rounding: Rounding = "half-up"
): Fen {
  assertFen(fen, "base amount")
  const { digits, scale } = parseDecimal(percent, "percent")
  const denominator = 100n * 10n ** BigInt(scale)
  return toSafeFen(divideRounded(BigInt(fen) * digits, denominator, rounding), "percentage")
}

/**
 * Splits `total` into parts proportional to `weights` that add up to exactly `total`
 * (largest-remainder method): each part gets the floor of its share, then the fen left over go
 * one each to the parts with the largest remainders, the earlier part first on a tie.
 * `allocateFen(100001, [30, 70])` → `[30000, 70001]` (prepayment 30 % + balance).
 * Weights are whole numbers ≥ 0 with a positive sum. A negative total is split the same way
 * and negated.
 */
export function allocateFen(total: Fen, weights: number[]): Fen[] {
  assertFen(total, "total")
  if (!Array.isArray(weights) || weights.length === 0) {
    throw new MoneyError("weights must be a non-empty list")
  }
  weights.forEach((weight, index) => {
    if (!Number.isSafeInteger(weight) || weight < 0) {
      throw new MoneyError(`weight #${index + 1} must be a whole number ≥ 0, got ${describe(weight)}`)
    }
  })
  const weightSum = weights.reduce((sum, weight) => sum + BigInt(weight), 0n)
  if (weightSum === 0n) {
    throw new MoneyError("weights must not all be zero")
  }

  const negative = total < 0
  const amount = BigInt(Math.abs(total))
  const shares = weights.map((weight, index) => {
    const exact = amount * BigInt(weight)
    return { index, floor: exact / weightSum, remainder: exact % weightSum }
  })
  let leftover = amount - shares.reduce((sum, share) => sum + share.floor, 0n)
  const byRemainder = [...shares].sort((a, b) =>
    a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1
  )
  for (const share of byRemainder) {
    if (leftover === 0n) {
      break
    }
    if (share.remainder > 0n) {
      share.floor += 1n
      leftover -= 1n
    }
  }
  return shares.map((share) => {
    const part = Number(share.floor)
    return negative && part !== 0 ? -part : part
  })
}
