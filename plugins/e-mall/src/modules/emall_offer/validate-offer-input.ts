import { MedusaError } from "@medusajs/framework/utils"
import { isDateString } from "@govmall/procurement-core/domain/clock"
import { withMedusaErrorsSync } from "@govmall/procurement-core/utils/medusa-error-from-domain"
import { isCertificateKind } from "../../domain/certificate-validity"
import { assertRegionCode } from "../../domain/region-codes"
import type { OfferCertificateInput } from "./types"

// Checks of an offer's inputs the service runs inside its transaction (the routes' zod schemas
// check shape first; these also guard workflow and seed callers). Errors name the field.
export function requireNonNegativeInteger(value: unknown, field: string): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0 || value > 2_147_483_647) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${field} must be a whole number from 0 to 2147483647, got ${JSON.stringify(value)}`
    )
  }
  return value
}

export function validateRegionCodes(codes: unknown): string[] {
  if (!Array.isArray(codes) || !codes.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "delivery_region_codes must list at least one 6-digit region code"
    )
  }
  codes.forEach((code, i) => withMedusaErrorsSync(() => assertRegionCode(code, `delivery_region_codes[${i}]`)))
  return [...new Set(codes as string[])]
}

export function validateCertificates(certificates: unknown): OfferCertificateInput[] {
  if (certificates === undefined) {
    return []
  }
  if (!Array.isArray(certificates)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "certificates must be a list")
  }
  return certificates.map((c: OfferCertificateInput, i) => {
    if (!isCertificateKind(c?.kind)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `certificates[${i}].kind is not a known kind: ${JSON.stringify(c?.kind)}`)
    }
    for (const field of ["number", "issuer"] as const) {
      if (typeof c[field] !== "string" || !c[field].trim()) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `certificates[${i}].${field} is required`)
      }
    }
    if (!isDateString(c.expires_on)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `certificates[${i}].expires_on must be a calendar date "YYYY-MM-DD", got ${JSON.stringify(c.expires_on)}`
      )
    }
    return { kind: c.kind, number: c.number.trim(), issuer: c.issuer.trim(), expires_on: c.expires_on }
  })
}
