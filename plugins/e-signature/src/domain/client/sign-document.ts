/**
 * Client side: signs a document as the platform verifies it — the signature is over
 * SHA-256(canonicalJson(document)) (procurement-core's canonical JSON). No Medusa imports.
 *
 * The result is a SignedRecord to send with the document; the platform stores it unchanged.
 */
import { digestOf } from "@govmall/procurement-core/domain/canonical-json"
import { DEFAULT_SIGNATURE_ALGORITHM, signatureAlgorithm, SignatureAlgorithmId } from "../signature-algorithm"
import type { SignedRecord } from "../signed-record"

export type SignDocumentInput = {
  document: unknown
  privateKeyPem: string
  certificate_serial: string
  /** The signing instant (the caller's clock; the platform checks it on receipt). */
  signed_at: Date
  algorithm?: SignatureAlgorithmId
}

export function signDocument(input: SignDocumentInput): SignedRecord {
  const algorithmId = input.algorithm ?? DEFAULT_SIGNATURE_ALGORITHM
  const algorithm = signatureAlgorithm(algorithmId)
  if (!algorithm) throw new TypeError(`unsupported signature algorithm ${JSON.stringify(algorithmId)}`)
  if (!(input.signed_at instanceof Date) || !Number.isFinite(input.signed_at.getTime())) {
    throw new TypeError("signed_at must be a valid Date")
  }
  return {
    signature: algorithm.sign(digestOf(input.document), input.privateKeyPem),
    certificate_serial: input.certificate_serial.toLowerCase(),
    signed_at: input.signed_at.toISOString(),
    algorithm: algorithmId,
  }
}
