import { supplierSdk } from "./supplier-client"

// The supplier's routes (procurement-core, e-signature, e-mall, framework-agreement under
// /supplier/*): typed calls over the supplier SDK's fetch, which adds the bearer token.

export type OrganizationStatus = "pending_review" | "approved" | "rejected" | "suspended" | "banned"
export type EnterpriseSize = "large" | "medium" | "small" | "micro"
export type SpecialStatus = "none" | "disability_welfare_unit" | "prison_enterprise"

export type SupplierOrganization = {
  id: string
  name: string
  uscc: string | null
  region_code: string
  status: OrganizationStatus
  status_reason: string | null
  contact_name: string | null
  contact_phone: string | null
  address: string | null
  submitted_at: string | null
  approved_at: string | null
  rejected_at: string | null
  supplier_profile?: {
    enterprise_size: EnterpriseSize
    special_status: SpecialStatus
    bank_account_name: string
    bank_name: string
    bank_account_number: string
  } | null
}

export type SupplierMember = { id: string; email: string; name: string; role: string }
export type SupplierMe = { member: SupplierMember; organization: SupplierOrganization }

export type RegistrationInput = {
  name: string
  uscc: string
  region_code: string
  contact_name: string
  contact_phone: string
  address?: string
  enterprise_size: EnterpriseSize
  special_status: SpecialStatus
  bank_account_name: string
  bank_name: string
  bank_account_number: string
  registrant: { name: string }
}

/**
 * Sign-up in three calls: an auth identity (registration token), the organization with that
 * token, then a log-in — the registration token carries no actor and cannot call /supplier/*.
 * A failed /supplier/register writes nothing; the same login is reused on the next try.
 */
export async function registerSupplier(email: string, password: string, input: RegistrationInput): Promise<SupplierMe> {
  try {
    await supplierSdk.auth.register("supplier", "emailpass", { email, password })
  } catch (error) {
    // An identity from an earlier, refused attempt: log in with it to get a registration token.
    if ((error as { status?: number }).status !== 401) throw error
    await supplierSdk.auth.login("supplier", "emailpass", { email, password })
  }
  await supplierSdk.client.fetch("/supplier/register", { method: "POST", body: input })
  await logInSupplier(email, password)
  return getSupplierMe()
}

export async function logInSupplier(email: string, password: string): Promise<void> {
  const result = await supplierSdk.auth.login("supplier", "emailpass", { email, password })
  if (typeof result !== "string") throw new Error("unexpected log-in answer")
}

export async function logOutSupplier(): Promise<void> {
  await supplierSdk.auth.logout()
}

export function getSupplierMe(): Promise<SupplierMe> {
  return supplierSdk.client.fetch<SupplierMe>("/supplier/me")
}

/** The logged-in supplier, or null (no token, an expired one, or a token without a supplier). */
export async function currentSupplier(): Promise<SupplierMe | null> {
  try {
    return await getSupplierMe()
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 401 || status === 403) return null
    throw error
  }
}

export function resubmitRegistration(input: Partial<Omit<RegistrationInput, "registrant">>) {
  return supplierSdk.client.fetch<{ organization: SupplierOrganization }>("/supplier/resubmit", { method: "POST", body: input })
}

export type SupplierDocument = {
  id: string
  kind: "business_license" | "qualification" | "certificate" | "other"
  title: string | null
  filename: string
  content_type: string
  size_bytes: number
  sha256: string
  created_at: string
}

export function listDocuments() {
  return supplierSdk.client.fetch<{ documents: SupplierDocument[] }>("/supplier/documents")
}

export type IssuedCertificate = {
  serial: string
  subject_id: string
  display_name: string
  fingerprint_sha256: string
  not_before: string
  not_after: string
  status: string
  pem: string
}

export function requestCertificate(csr_pem: string) {
  return supplierSdk.client.fetch<{ certificate: IssuedCertificate }>("/supplier/certificates", {
    method: "POST",
    body: { csr_pem },
  })
}

export type OfferStatus = "draft" | "pending_review" | "approved" | "rejected" | "delisted"
export type OfferCertificateInput = { kind: string; number: string; issuer: string; expires_on: string }

export type SupplierOffer = {
  id: string
  product_id: string
  price_fen: number
  stock: number | null
  delivery_region_codes: string[]
  lead_time_days: number
  warranty_months: number | null
  status: OfferStatus
  status_reason: string | null
  delist_reason: string | null
  submitted_at: string | null
  approved_at: string | null
  created_at: string
  certificates: (OfferCertificateInput & { id: string })[]
}

export type CreateOfferInput = {
  product_id: string
  price_fen: number
  stock?: number
  delivery_region_codes: string[]
  lead_time_days: number
  warranty_months?: number
  certificates?: OfferCertificateInput[]
}

export function listOffers(query: { limit: number; offset: number }) {
  return supplierSdk.client.fetch<{ offers: SupplierOffer[]; count: number }>("/supplier/offers", {
    query: { limit: String(query.limit), offset: String(query.offset) },
  })
}

export function createOffer(input: CreateOfferInput) {
  return supplierSdk.client.fetch<{ offer: SupplierOffer }>("/supplier/offers", { method: "POST", body: input })
}

export function changeOfferPrice(id: string, price_fen: number, reason?: string) {
  return supplierSdk.client.fetch<{ offer: SupplierOffer }>(`/supplier/offers/${id}/price`, {
    method: "POST",
    body: reason ? { price_fen, reason } : { price_fen },
  })
}

export function submitOffer(id: string) {
  return supplierSdk.client.fetch<{ offer: SupplierOffer }>(`/supplier/offers/${id}/submit`, { method: "POST", body: {} })
}

export function withdrawOffer(id: string, note?: string) {
  return supplierSdk.client.fetch<{ offer: SupplierOffer }>(`/supplier/offers/${id}/withdraw`, {
    method: "POST",
    body: note ? { note } : {},
  })
}

export type SupplierOrder = {
  id: string
  order_id: string
  status: "pending_confirmation" | "confirmed" | "declined" | "cancelled"
  total_fen: number
  confirm_by: string | null
  reason: string | null
  created_at: string
  order: { display_id: number; items: { id: string; title: string; quantity: number; unit_price: number }[] } | null
}

export function listSupplierOrders() {
  return supplierSdk.client.fetch<{ emall_orders: SupplierOrder[] }>("/supplier/orders")
}

export function confirmOrder(id: string) {
  return supplierSdk.client.fetch(`/supplier/orders/${id}/confirm`, { method: "POST", body: {} })
}

export function declineOrder(id: string, reason: string) {
  return supplierSdk.client.fetch(`/supplier/orders/${id}/decline`, { method: "POST", body: { reason } })
}

export type SupplierPriceReport = {
  id: string
  offer_id: string
  status: "upheld" | "dismissed" | "resolved" | "expired"
  reported_price_fen: number
  decision_reason: string | null
  target_price_fen: number | null
  lower_by: string | null
  created_at: string
}

export function listSupplierPriceReports() {
  return supplierSdk.client.fetch<{ price_reports: SupplierPriceReport[] }>("/supplier/price-reports")
}

export type SolicitationLot = {
  id: string
  position: number
  name: string
  specification: string | null
  quantity_estimate: number | null
  unit: string | null
  budget_fen: number
  max_unit_price_fen: number | null
}

export type Solicitation = {
  id: string
  title: string
  region_code: string
  status: string
  agreement_kind: string
  evaluation_method: string
  term_months: number
  published_at: string | null
  response_deadline: string | null
  lots: SolicitationLot[]
  clarifications: { id: string; lot_id: string | null; question: string; asked_at: string; answer: string | null; answered_at: string | null }[]
}

export function listOpenSolicitations() {
  return supplierSdk.client.fetch<{ solicitations: Solicitation[]; count: number }>("/supplier/solicitations")
}

/** The public notice (no log-in needed): lots and the answered clarifications. */
export function getSolicitation(id: string) {
  return supplierSdk.client.fetch<{ solicitation: Solicitation }>(`/store/solicitations/${id}`)
}

export function askClarification(id: string, question: string, lot_id?: string) {
  return supplierSdk.client.fetch(`/supplier/solicitations/${id}/clarifications`, {
    method: "POST",
    body: lot_id ? { question, lot_id } : { question },
  })
}
