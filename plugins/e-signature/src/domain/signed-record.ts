/**
 * What a plugin stores next to anything a party signs (a bid, a contract, an evaluation
 * report): enough to verify it again at any later time, and to see WHICH certificate signed
 * it (a bid signed with another bidder's certificate is a collusion clue).
 */
import type { SignatureAlgorithmId } from "./signature-algorithm"

export type SignedRecord = {
  /** base64 signature over SHA-256(canonicalJson(document)). */
  signature: string
  /** Hex serial of the signer's certificate (GET /ca/certificates/:serial). */
  certificate_serial: string
  /** ISO-8601 instant of signing, checked against the business clock when the record is accepted. */
  signed_at: string
  algorithm: SignatureAlgorithmId
}

export const REVOCATION_REASONS = ["keyCompromise", "affiliationChanged", "superseded", "cessationOfOperation"] as const
/** RFC 5280 CRLReason names (the subset the platform uses). */
export type RevocationReason = (typeof REVOCATION_REASONS)[number]

export function isRevocationReason(value: unknown): value is RevocationReason {
  return typeof value === "string" && (REVOCATION_REASONS as readonly string[]).includes(value)
}
