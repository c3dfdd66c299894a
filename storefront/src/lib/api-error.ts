// Turns an API failure into a sentence a purchaser understands: the field it is about (in the
// page's language) and the backend's reason, never a stack or a bare status code.
import type { TFunction } from "i18next"

export type ApiErrorDescription = { message: string; field?: string }

/** The field names the backend's messages start with, e.g. "quantity must be at least 1". */
const KNOWN_FIELDS = [
  "shipping_address.metadata.region_code",
  "delivery_region_codes",
  "bank_account_number",
  "bank_account_name",
  "warranty_months",
  "lead_time_days",
  "enterprise_size",
  "contact_phone",
  "contact_name",
  "expires_on",
  "product_id",
  "bank_name",
  "price_fen",
  "question",
  "csr_pem",
  "lot_id",
  "reason",
  "stock",
  "uscc",
  "file",
  "kind",
  "shipping_address.address_1",
  "budget_indicator_code",
  "observed_price_fen",
  "evidence_text",
  "evidence_url",
  "card_number",
  "provider_id",
  "region_code",
  "price_min",
  "price_max",
  "quantity",
  "offer_id",
  "password",
  "email",
] as const

/** The first known field the backend's message names, as the key of `fields.*`. */
export function fieldNamedIn(message: string): string | undefined {
  for (const field of KNOWN_FIELDS) {
    const pattern = new RegExp(`(^|[^a-z_])${field.replace(/\./g, "\\.")}([^a-z_]|$)`)
    if (pattern.test(message)) return field.split(".").pop()
  }
  return undefined
}

export function describeApiError(error: unknown, t: TFunction): ApiErrorDescription {
  const status = (error as { status?: number })?.status
  const raw = error instanceof Error ? error.message : String(error)
  if (status === undefined && (error instanceof TypeError || /fetch|network/i.test(raw))) {
    return { message: t("errors.network") }
  }
  if (status === 401) return { message: t("errors.unauthorized") }
  if (status === 403) return { message: t("errors.forbidden") }
  if (status === 404) return { message: raw && raw !== "Not Found" ? t("errors.generic", { message: raw }) : t("errors.notFound") }
  if (status === 422) {
    // The payment provider's reason is already bilingual ("支付未获授权：… / Payment declined: …").
    return { message: /支付未获授权|payment declined/i.test(raw) ? raw : t("errors.paymentDeclined", { message: raw }) }
  }
  const field = fieldNamedIn(raw)
  if (field) return { field, message: t("errors.field", { field: t(`fields.${field}`), message: raw }) }
  return { message: t("errors.generic", { message: raw }) }
}
