/**
 * A broken payment rule, raised by the pure domain code. It carries both languages and the
 * offending field so the Medusa edge can turn it into a `MedusaError` of the right type
 * (see `src/utils/to-medusa-error.ts`) without parsing strings.
 *
 * - `invalid_data`: the caller sent a bad value (missing card number, amount not in fen...).
 * - `not_allowed`: the value is well formed but the rule or the current state forbids it
 *   (over-capture, refund beyond captured, illegal transition).
 */
export type PaymentRuleErrorKind = "invalid_data" | "not_allowed"

export interface PaymentRuleErrorInit {
  kind: PaymentRuleErrorKind
  /** Stable machine code, e.g. `capture_exceeds_authorized`. */
  code: string
  /** The input field the rule is about, when there is one. */
  field?: string
  zh: string
  en: string
}

export class PaymentRuleError extends Error {
  readonly kind: PaymentRuleErrorKind
  readonly code: string
  readonly field?: string
  readonly message_zh: string
  readonly message_en: string

  constructor(init: PaymentRuleErrorInit) {
    super(`${init.zh} / ${init.en}`)
    this.name = "PaymentRuleError"
    this.kind = init.kind
    this.code = init.code
    this.field = init.field
    this.message_zh = init.zh
    this.message_en = init.en
  }
}

export function isPaymentRuleError(error: unknown): error is PaymentRuleError {
  return error instanceof PaymentRuleError
}
