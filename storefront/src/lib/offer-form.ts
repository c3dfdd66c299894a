// The offer form → the body of POST /supplier/offers: the price typed in yuan becomes integer
// fen (the storefront's decimal-string parser, no floats), counts are whole numbers, and every
// problem is named by its field so the form can put it beside the input.
import type { CreateOfferInput } from "../api/supplier"
import { parseYuanToFen } from "./format"

export type OfferFormValues = {
  product_id: string
  price: string
  stock: string
  lead_time_days: string
  warranty_months: string
  delivery_region_codes: string[]
  certificate_kind: string
  certificate_number: string
  certificate_issuer: string
  certificate_expires_on: string
}

export type OfferFormErrors = Partial<Record<keyof OfferFormValues, string>>

/** A whole number typed by a person (full-width digits accepted), within [min, max]. */
export function parseCount(input: string, min: number, max: number): number | undefined {
  const text = input.normalize("NFKC").trim()
  if (!/^\d+$/.test(text)) return undefined
  const value = Number(text)
  return value >= min && value <= max ? value : undefined
}

/** The request body, or the translation key of each field's problem. */
export function offerInputFromForm(values: OfferFormValues): { input: CreateOfferInput } | { errors: OfferFormErrors } {
  const errors: OfferFormErrors = {}
  if (!values.product_id) errors.product_id = "supplier.offerForm.errors.product"
  const price = parseYuanToFen(values.price)
  if (price === undefined || price <= 0) errors.price = "supplier.offerForm.errors.price"
  const stock = values.stock.trim() ? parseCount(values.stock, 0, 2_147_483_647) : undefined
  if (values.stock.trim() && stock === undefined) errors.stock = "supplier.offerForm.errors.count"
  const lead = parseCount(values.lead_time_days, 0, 365)
  if (lead === undefined) errors.lead_time_days = "supplier.offerForm.errors.leadTime"
  const warranty = values.warranty_months.trim() ? parseCount(values.warranty_months, 0, 240) : undefined
  if (values.warranty_months.trim() && warranty === undefined) errors.warranty_months = "supplier.offerForm.errors.warranty"
  if (values.delivery_region_codes.length === 0) errors.delivery_region_codes = "supplier.offerForm.errors.regions"

  let certificates: CreateOfferInput["certificates"]
  if (values.certificate_kind) {
    if (!values.certificate_number.trim()) errors.certificate_number = "supplier.offerForm.errors.required"
    if (!values.certificate_issuer.trim()) errors.certificate_issuer = "supplier.offerForm.errors.required"
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.certificate_expires_on)) errors.certificate_expires_on = "supplier.offerForm.errors.date"
    certificates = [
      {
        kind: values.certificate_kind,
        number: values.certificate_number.trim(),
        issuer: values.certificate_issuer.trim(),
        expires_on: values.certificate_expires_on,
      },
    ]
  }
  if (Object.keys(errors).length > 0) return { errors }
  return {
    input: {
      product_id: values.product_id,
      price_fen: price!,
      delivery_region_codes: values.delivery_region_codes,
      lead_time_days: lead!,
      ...(stock !== undefined ? { stock } : {}),
      ...(warranty !== undefined ? { warranty_months: warranty } : {}),
      ...(certificates ? { certificates } : {}),
    },
  }
}
