/**
 * The sealed-envelope format shared by the client that seals (client/seal-envelope.ts) and the
 * server that opens (open-envelope.ts). Browser-safe: node-forge and procurement-core's
 * canonical JSON only, so the browser bundle can take it.
 *
 * What is inside the ciphertext is the canonical JSON of `{ salt, payload }`. The salt (32
 * random bytes) is what keeps `payload_sha256` from being a leak: an unsalted hash of a price
 * with a known ceiling could be found by trying every price; with the salt hidden in the
 * ciphertext the hash reveals nothing until the opening.
 */
import forge from "node-forge"
import { canonicalJson, sha256Hex } from "@govmall/procurement-core/domain/canonical-json"

export const SEALED_ENVELOPE_VERSION = 1
export const SEALED_CONTENT_ALGORITHM = "A256GCM"
export const SEALED_KEY_WRAP_ALGORITHM = "RSA-OAEP-256"
export const CONTENT_KEY_BYTES = 32
export const GCM_IV_BYTES = 12
export const GCM_TAG_BYTES = 16
export const SALT_BYTES = 32

export type SealedEnvelopeRecipient = {
  /** Hex serial of the certificate whose public key wrapped the content key. */
  certificate_serial: string
  /** SHA-256 of that certificate's DER, lower-case hex. */
  certificate_fingerprint_sha256: string
}

/** Public, authenticated (AES-GCM additional data) context: which solicitation, lot, supplier. */
export type SealedEnvelopeContext = Record<string, string>

export type SealedEnvelope = {
  v: typeof SEALED_ENVELOPE_VERSION
  alg: typeof SEALED_CONTENT_ALGORITHM
  key_wrap: typeof SEALED_KEY_WRAP_ALGORITHM
  recipient: SealedEnvelopeRecipient
  context: SealedEnvelopeContext
  /** base64, 12 bytes. */
  iv: string
  /** base64 AES-256-GCM ciphertext of canonicalJson({ salt, payload }), the 16-byte tag appended (WebCrypto's layout). */
  ciphertext: string
  /** base64 RSA-OAEP (SHA-256, MGF1-SHA-256) encryption of the 32-byte content key to the recipient's public key. */
  wrapped_key: string
  /** Commitment to the content key: SHA-256(KEY_COMMITMENT_PREFIX ‖ key), hex. */
  key_sha256: string
  /** Commitment to the sealed content: SHA-256 of the plaintext bytes (canonicalJson({ salt, payload })), hex. */
  payload_sha256: string
}

/** What the ciphertext holds. */
export type SealedPlaintext<T = unknown> = { salt: string; payload: T }

export const SEALED_ENVELOPE_ERROR_CODES = [
  "malformed_envelope",
  "unsupported_version",
  "malformed_key",
  "wrong_key",
  "tampered_ciphertext",
  "commitment_mismatch",
  "recipient_mismatch",
  "context_mismatch",
] as const
export type SealedEnvelopeErrorCode = (typeof SEALED_ENVELOPE_ERROR_CODES)[number]

// Domain separation: the key commitment can never equal a hash the platform computes elsewhere.
const KEY_COMMITMENT_PREFIX = "govmall/sealed-envelope/v1/content-key:"
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/
const HEX_64 = /^[0-9a-f]{64}$/
const HEX_SERIAL = /^[0-9a-f]{2,40}$/

export function bytesToBase64(bytes: Uint8Array): string {
  return forge.util.binary.base64.encode(bytes)
}

/** Strict base64 (forge's decoder skips junk silently); null when `text` is not base64. */
export function base64ToBytes(text: unknown): Uint8Array | null {
  if (typeof text !== "string" || !BASE64.test(text)) return null
  return forge.util.binary.base64.decode(text)
}

export function keyCommitment(contentKey: Uint8Array): string {
  const prefix = new TextEncoder().encode(KEY_COMMITMENT_PREFIX)
  const bytes = new Uint8Array(prefix.length + contentKey.length)
  bytes.set(prefix)
  bytes.set(contentKey, prefix.length)
  return sha256Hex(bytes)
}

/** The problem with an envelope's shape, or null when every field has the right form. */
export function envelopeShapeProblem(value: unknown): { code: SealedEnvelopeErrorCode; message: string } | null {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { code: "malformed_envelope", message: "envelope must be an object" }
  }
  const envelope = value as Record<string, any>
  if (envelope.v !== SEALED_ENVELOPE_VERSION) {
    return { code: "unsupported_version", message: `envelope.v is ${JSON.stringify(envelope.v)}; only version ${SEALED_ENVELOPE_VERSION} is supported` }
  }
  if (envelope.alg !== SEALED_CONTENT_ALGORITHM) {
    return { code: "unsupported_version", message: `envelope.alg must be ${SEALED_CONTENT_ALGORITHM}, got ${JSON.stringify(envelope.alg)}` }
  }
  if (envelope.key_wrap !== SEALED_KEY_WRAP_ALGORITHM) {
    return { code: "unsupported_version", message: `envelope.key_wrap must be ${SEALED_KEY_WRAP_ALGORITHM}, got ${JSON.stringify(envelope.key_wrap)}` }
  }
  const recipient = envelope.recipient
  if (typeof recipient !== "object" || recipient === null || !HEX_SERIAL.test(recipient.certificate_serial) || !HEX_64.test(recipient.certificate_fingerprint_sha256)) {
    return { code: "malformed_envelope", message: "envelope.recipient must name a certificate_serial (hex) and certificate_fingerprint_sha256 (64 hex)" }
  }
  const context = envelope.context
  if (typeof context !== "object" || context === null || Array.isArray(context) || Object.values(context).some((item) => typeof item !== "string")) {
    return { code: "malformed_envelope", message: "envelope.context must be an object of strings" }
  }
  if (base64ToBytes(envelope.iv)?.length !== GCM_IV_BYTES) {
    return { code: "malformed_envelope", message: `envelope.iv must be ${GCM_IV_BYTES} bytes in base64` }
  }
  const ciphertext = base64ToBytes(envelope.ciphertext)
  if (!ciphertext || ciphertext.length <= GCM_TAG_BYTES) {
    return { code: "malformed_envelope", message: "envelope.ciphertext must be base64 of the ciphertext and its 16-byte tag" }
  }
  if (!base64ToBytes(envelope.wrapped_key)?.length) {
    return { code: "malformed_envelope", message: "envelope.wrapped_key must be base64" }
  }
  for (const field of ["key_sha256", "payload_sha256"] as const) {
    if (typeof envelope[field] !== "string" || !HEX_64.test(envelope[field])) {
      return { code: "malformed_envelope", message: `envelope.${field} must be 64 lower-case hex characters` }
    }
  }
  return null
}

/** The AES-GCM additional data: the context, canonical, so sealing and opening agree byte for byte. */
export function contextAdditionalData(context: SealedEnvelopeContext): Uint8Array {
  return new TextEncoder().encode(canonicalJson(context))
}
