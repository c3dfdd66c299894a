import { isDomainError } from "@govmall/procurement-core/domain/domain-error"
import { assertFen, yuanToFen } from "@govmall/procurement-core/domain/money"
import { PaymentRuleError } from "./errors"

/**
 * Payment amounts, on top of procurement-core's money (`@govmall/procurement-core/domain/money`),
 * which owns the fen arithmetic. This file adds only the payment rule (an amount to pay,
 * capture or refund is a positive number of fen) and turns procurement-core's `MoneyError`
 * into a bilingual `PaymentRuleError` naming the field, which `src/utils/to-medusa-error.ts`
 * maps to `INVALID_DATA`.
 */

/**
 * Checks that `value` is a positive safe integer number of fen and returns it.
 * Throws `invalid_data` PaymentRuleError `amount_not_fen` naming `field`.
 */
export function assertPaymentFen(value: unknown, field: string): number {
  let safeInteger = true
  try {
    assertFen(value, field)
  } catch (error) {
    if (!isDomainError(error)) {
      throw error
    }
    safeInteger = false
  }
  if (!safeInteger || (value as number) <= 0) {
    throw new PaymentRuleError({
      kind: "invalid_data",
      code: "amount_not_fen",
      field,
      zh: `金额不正确：${field} 应为以分为单位的正整数，收到 ${String(value)}`,
      en: `Invalid amount: ${field} must be a positive integer number of fen, got ${String(value)}`,
    })
  }
  return value as number
}

/**
 * Parses a non-negative yuan amount with at most 2 decimals ("1234.56") into a positive number
 * of fen with procurement-core's `yuanToFen`. Its `MoneyError` (not a plain decimal, more than
 * 2 decimals, negative, out of range) becomes an `invalid_data` PaymentRuleError
 * `amount_not_decimal` naming `field`.
 */
export function paymentYuanToFen(yuan: string, field: string): number {
  let fen: number
  try {
    fen = yuanToFen(yuan, { nonNegative: true, label: field })
  } catch (error) {
    if (!isDomainError(error)) {
      throw error
    }
    throw new PaymentRuleError({
      kind: "invalid_data",
      code: "amount_not_decimal",
      field,
      zh: `金额不正确：${field} 应为非负金额（元，最多两位小数），收到 "${yuan}"`,
      en: `Invalid amount: ${error.message}`,
    })
  }
  return assertPaymentFen(fen, field)
}
