import { PaymentRuleError } from "./errors"

/**
 * Money in the domain is an integer number of fen (分, 1/100 CNY). JavaScript numbers are exact
 * for integers up to 2^53 - 1 fen (about 90 trillion yuan), far above any contract.
 *
 * Medusa hands amounts over in yuan with decimals (CNY has 2 decimal digits in Medusa's currency
 * table). The edge turns them into a plain decimal string and calls `yuanToFen`, which works on
 * the digits only: no floating-point multiplication anywhere.
 */
export const FEN_PER_YUAN = 100

const DECIMAL = /^(\d+)(?:\.(\d*))?$/

/**
 * Parses a non-negative decimal yuan string ("1234", "1234.5", "1234.56", "0.125") into fen.
 * Digits beyond the second decimal are rounded half up: Medusa's tax and proration maths can
 * leave sub-fen residues (e.g. 33.333333) that a real channel would settle to the fen.
 */
export function yuanToFen(yuan: string, field = "amount"): number {
  const text = yuan.trim()
  const match = DECIMAL.exec(text)
  if (!match) {
    throw new PaymentRuleError({
      kind: "invalid_data",
      code: "amount_not_decimal",
      field,
      zh: `金额格式不正确：${field} 应为非负十进制数（元），收到 "${yuan}"`,
      en: `Invalid amount: ${field} must be a non-negative decimal number of yuan, got "${yuan}"`,
    })
  }
  const [, whole, fraction = ""] = match
  const fen2 = (fraction + "00").slice(0, 2)
  const roundUp = fraction.length > 2 && fraction.charCodeAt(2) >= "5".charCodeAt(0)
  const fen = BigInt(whole) * 100n + BigInt(fen2) + (roundUp ? 1n : 0n)
  if (fen > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new PaymentRuleError({
      kind: "invalid_data",
      code: "amount_too_large",
      field,
      zh: `金额过大：${field} 超出可处理范围`,
      en: `Amount too large: ${field} exceeds the supported range`,
    })
  }
  return Number(fen)
}

/** Formats fen as a yuan string with exactly two decimals: 123450 → "1234.50". */
export function fenToYuan(fen: number): string {
  assertFen(fen, "amount_fen", { allowZero: true })
  const digits = String(fen).padStart(3, "0")
  return `${digits.slice(0, -2)}.${digits.slice(-2)}`
}

/**
 * Checks that `value` is a safe integer number of fen (> 0 unless `allowZero`) and returns it.
 */
export function assertFen(
  value: unknown,
  field: string,
  { allowZero = false }: { allowZero?: boolean } = {}
): number {
  if (
    typeof value !== "number" ||
    !Number.isSafeInteger(value) ||
    value < 0 ||
    (!allowZero && value === 0)
  ) {
    const expected = allowZero ? "非负整数" : "正整数"
    const expectedEn = allowZero ? "a non-negative integer" : "a positive integer"
    throw new PaymentRuleError({
      kind: "invalid_data",
      code: "amount_not_fen",
      field,
      zh: `金额不正确：${field} 应为以分为单位的${expected}，收到 ${String(value)}`,
      en: `Invalid amount: ${field} must be ${expectedEn} number of fen, got ${String(value)}`,
    })
  }
  return value
}
