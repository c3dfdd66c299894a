import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import { PaymentRuleError } from "../../domain/errors"
import { assertFen, yuanToFen } from "../../domain/money"

/**
 * Medusa amount (yuan, BigNumberInput: number, decimal string, bignumber.js, BigNumber or a raw
 * `{ value, precision }`) → integer fen. The value goes through bignumber.js to a plain decimal
 * string and the domain parses the digits: no `* 100` on a float. Throws PaymentRuleError.
 */
export function amountToFen(amount: BigNumberInput | null | undefined, field: string): number {
  let text: string | undefined
  if (amount !== null && amount !== undefined) {
    try {
      const value = MathBN.convert(amount)
      text = value.isFinite() ? value.toFixed() : undefined
    } catch {
      text = undefined
    }
  }
  if (text === undefined) {
    throw new PaymentRuleError({
      kind: "invalid_data",
      code: "amount_not_decimal",
      field,
      zh: `金额缺失或不是数字：${field}`,
      en: `Amount missing or not a number: ${field}`,
    })
  }
  return assertFen(yuanToFen(text, field), field)
}
