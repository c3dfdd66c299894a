import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import { PaymentRuleError } from "../../domain/errors"
import { paymentYuanToFen } from "../../domain/payment-amount"

/** bignumber.js `BigNumber.ROUND_HALF_UP`: to the nearest, an exact half away from zero. */
const ROUND_HALF_UP = 4

/**
 * Medusa amount (yuan, BigNumberInput: number, decimal string, bignumber.js, BigNumber or a raw
 * `{ value, precision }`) → integer fen. bignumber.js writes the value as a plain decimal string
 * rounded half up to the fen (Medusa's tax and proration maths can leave sub-fen residues such
 * as 33.333333 that a real channel settles to the fen), and procurement-core's `yuanToFen`
 * parses its digits: no `* 100` on a float. Throws PaymentRuleError naming `field`.
 */
export function amountToFen(amount: BigNumberInput | null | undefined, field: string): number {
  let text: string | undefined
  if (amount !== null && amount !== undefined) {
    try {
      const value = MathBN.convert(amount)
      text = value.isFinite() ? value.toFixed(2, ROUND_HALF_UP) : undefined
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
  return paymentYuanToFen(text, field)
}
