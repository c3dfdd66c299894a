/**
 * What a supplier signs when it submits a sealed response: the ids that place it, the fields
 * in clear (validated on submission), and the SHA-256 of the whole sealed envelope. Signing the
 * envelope's hash — which covers its ciphertext, wrapped key and both commitments — is what
 * stops a supplier from swapping the sealed content after the deadline: at the opening the
 * content must decrypt from exactly the envelope that was signed and match its commitment.
 *
 * Browser-safe (the client signs this, the server rebuilds it to verify).
 */
import { digestOf } from "@govmall/procurement-core/domain/canonical-json"
import type { SealedEnvelope } from "./sealed-envelope"

export const RESPONSE_SIGNING_PAYLOAD_KIND = "govmall.sealed_response"
export const RESPONSE_SIGNING_PAYLOAD_VERSION = 1

export type ResponseSigningInput = {
  solicitation_id: string
  lot_id: string
  supplier_organization_id: string
  /** The response's fields in clear (product offered, qualification document ids…), JSON data. */
  plaintext: unknown
  envelope: SealedEnvelope
}

export type ResponseSigningPayload = {
  kind: typeof RESPONSE_SIGNING_PAYLOAD_KIND
  v: typeof RESPONSE_SIGNING_PAYLOAD_VERSION
  solicitation_id: string
  lot_id: string
  supplier_organization_id: string
  plaintext: unknown
  envelope_sha256: string
}

/** SHA-256 of the canonical JSON of the envelope (every field, key order irrelevant). */
export function envelopeDigest(envelope: SealedEnvelope): string {
  return digestOf(envelope)
}

/** The document signed with `signDocument` and verified with `verifySignature` (canonical JSON). */
export function responseSigningPayload(input: ResponseSigningInput): ResponseSigningPayload {
  return {
    kind: RESPONSE_SIGNING_PAYLOAD_KIND,
    v: RESPONSE_SIGNING_PAYLOAD_VERSION,
    solicitation_id: input.solicitation_id,
    lot_id: input.lot_id,
    supplier_organization_id: input.supplier_organization_id,
    plaintext: input.plaintext,
    envelope_sha256: envelopeDigest(input.envelope),
  }
}
