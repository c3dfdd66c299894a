/**
 * What a private document is (`document.kind`). One list for every capability, so that a
 * regulator's listing of an organization's documents speaks one vocabulary; a capability that
 * needs a new kind adds it here. Pure.
 */
export const DOCUMENT_KINDS = [
  // An organization's own papers (suppliers and banks upload them; qualification review reads them).
  "business_license",
  "qualification",
  "certificate",
  "other",
  // Procurement records of later capabilities (framework agreements, contracts, payment).
  "response_document",
  "contract",
  "acceptance_report",
  "payment_voucher",
] as const

export type DocumentKind = (typeof DOCUMENT_KINDS)[number]

/** The kinds an organization uploads about itself through `/supplier/documents` and `/bank/documents`. */
export const ORGANIZATION_UPLOAD_KINDS = ["business_license", "qualification", "certificate", "other"] as const satisfies readonly DocumentKind[]

export type OrganizationUploadKind = (typeof ORGANIZATION_UPLOAD_KINDS)[number]

export function isDocumentKind(value: unknown): value is DocumentKind {
  return typeof value === "string" && (DOCUMENT_KINDS as readonly string[]).includes(value)
}
