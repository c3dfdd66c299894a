import { MedusaError } from "@medusajs/framework/utils"
import { isPaymentRuleError } from "../domain/errors"

export interface ErrorSubject {
  /** e.g. "交易" / "transaction" or "支付" / "payment". */
  label_zh: string
  label_en: string
  id?: string | null
  status?: string | null
}

/**
 * Runs domain code and turns a PaymentRuleError into a MedusaError: `invalid_data` →
 * INVALID_DATA, `not_allowed` → NOT_ALLOWED (never CONFLICT: Medusa replaces its message). The
 * message keeps both languages and, when given, names the record and its status.
 */
export function withMedusaErrors<T>(run: () => T, subject?: ErrorSubject): T {
  try {
    return run()
  } catch (error) {
    throw toMedusaError(error, subject)
  }
}

export function toMedusaError(error: unknown, subject?: ErrorSubject): unknown {
  if (!isPaymentRuleError(error)) {
    return error
  }
  const type =
    error.kind === "not_allowed" ? MedusaError.Types.NOT_ALLOWED : MedusaError.Types.INVALID_DATA
  let zh = error.message_zh
  let en = error.message_en
  if (subject?.id) {
    const state = subject.status ? `，状态 ${subject.status}` : ""
    const stateEn = subject.status ? `, status ${subject.status}` : ""
    zh = `${zh}（${subject.label_zh} ${subject.id}${state}）`
    en = `${en} (${subject.label_en} ${subject.id}${stateEn})`
  }
  return new MedusaError(type, `${zh} / ${en}`, error.code)
}
