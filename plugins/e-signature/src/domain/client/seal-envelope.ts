/**
 * Client side of sealed responses (the supplier's browser, or a Node 20+ script): seal a JSON
 * payload to the supplier's OWN certificate, and at the opening unwrap this envelope's content
 * key with the supplier's private key. Browser-safe: WebCrypto (`globalThis.crypto.subtle`) for
 * AES-256-GCM and RSA-OAEP-256, node-forge only to read PEMs. No Node built-ins, no Buffer.
 *
 * Why to the supplier's own key: before the opening nobody else — the platform included — may
 * hold anything that decrypts (docs/adr/0007-sealed-responses.md). At the opening the supplier
 * sends only the 32-byte content key of this one envelope; its private key never leaves it.
 */
import forge from "node-forge"
import { canonicalJson, sha256Hex } from "@govmall/procurement-core/domain/canonical-json"
import {
  base64ToBytes,
  bytesToBase64,
  CONTENT_KEY_BYTES,
  contextAdditionalData,
  envelopeShapeProblem,
  GCM_IV_BYTES,
  keyCommitment,
  SALT_BYTES,
  SEALED_CONTENT_ALGORITHM,
  SEALED_ENVELOPE_VERSION,
  SEALED_KEY_WRAP_ALGORITHM,
  type SealedEnvelope,
  type SealedEnvelopeContext,
  type SealedEnvelopeErrorCode,
} from "../sealed-envelope"

/** Raised on the client: the caller shows `message`; `code` says what went wrong. */
export class SealingError extends Error {
  readonly code: SealedEnvelopeErrorCode | "no_webcrypto" | "bad_certificate" | "bad_private_key" | "unsealable_payload"
  constructor(code: SealingError["code"], message: string) {
    super(message)
    this.name = "SealingError"
    this.code = code
  }
}

export type SealPayloadInput = {
  /** The sealed part of a response: prices, consumables prices, quality answers… (JSON data). */
  payload: unknown
  /** The sealing supplier's own certificate (PEM), as issued by the platform CA. */
  recipientCertificatePem: string
  /** Public context bound to the ciphertext: e.g. { solicitation_id, lot_id, supplier_organization_id }. */
  context: SealedEnvelopeContext
  /** Defaults to `globalThis.crypto`; injectable for tests and workers. */
  crypto?: Crypto
}

function webCrypto(injected?: Crypto): Crypto {
  const crypto = injected ?? globalThis.crypto
  if (!crypto?.subtle) {
    throw new SealingError("no_webcrypto", "WebCrypto (crypto.subtle) is not available here; browsers offer it only on HTTPS or localhost")
  }
  return crypto
}

/** A copy on a plain ArrayBuffer: what WebCrypto's BufferSource type accepts. */
function owned(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(bytes)
}

function derBytes(asn1: any): Uint8Array {
  return forge.util.binary.raw.decode(forge.asn1.toDer(asn1).getBytes())
}

/** The recipient's SubjectPublicKeyInfo and identity, read from its certificate. */
function readRecipientCertificate(pem: string) {
  let certificate: any
  try {
    certificate = forge.pki.certificateFromPem(pem)
  } catch (error) {
    throw new SealingError("bad_certificate", `the recipient certificate cannot be parsed (${(error as Error).message})`)
  }
  if (!certificate.publicKey?.n) throw new SealingError("bad_certificate", "the recipient certificate does not hold an RSA key")
  return {
    spki: derBytes(forge.pki.publicKeyToAsn1(certificate.publicKey)),
    recipient: {
      certificate_serial: String(certificate.serialNumber).toLowerCase(),
      certificate_fingerprint_sha256: sha256Hex(derBytes(forge.pki.certificateToAsn1(certificate))),
    },
  }
}

/**
 * Seals `payload` to the certificate's public key: a fresh random AES-256-GCM key and IV, the
 * context as additional data, the key wrapped with RSA-OAEP-256. The content key exists only in
 * this call; afterwards only the holder of the certificate's private key can recover it.
 */
export async function sealPayload(input: SealPayloadInput): Promise<SealedEnvelope> {
  const crypto = webCrypto(input.crypto)
  const context = input.context as unknown
  if (typeof context !== "object" || context === null || Array.isArray(context) || Object.values(context).some((item) => typeof item !== "string")) {
    throw new SealingError("malformed_envelope", "context must be an object of strings (solicitation_id, lot_id, supplier_organization_id …)")
  }
  const { spki, recipient } = readRecipientCertificate(input.recipientCertificatePem)
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES))
  let plaintext: string
  try {
    plaintext = canonicalJson({ salt: bytesToBase64(salt), payload: input.payload })
  } catch (error) {
    throw new SealingError("unsealable_payload", `the payload cannot be sealed: ${(error as Error).message}`)
  }
  const plaintextBytes = new TextEncoder().encode(plaintext)
  const contentKey = crypto.getRandomValues(new Uint8Array(CONTENT_KEY_BYTES))
  const iv = crypto.getRandomValues(new Uint8Array(GCM_IV_BYTES))
  try {
    const aesKey = await crypto.subtle.importKey("raw", contentKey, { name: "AES-GCM" }, false, ["encrypt"])
    const ciphertext = await crypto.subtle.encrypt(
      { name: "AES-GCM", iv, additionalData: owned(contextAdditionalData(input.context)), tagLength: 128 },
      aesKey,
      owned(plaintextBytes)
    )
    const publicKey = await crypto.subtle.importKey("spki", owned(spki), { name: "RSA-OAEP", hash: "SHA-256" }, false, ["encrypt"])
    const wrappedKey = await crypto.subtle.encrypt({ name: "RSA-OAEP" }, publicKey, contentKey)
    return {
      v: SEALED_ENVELOPE_VERSION,
      alg: SEALED_CONTENT_ALGORITHM,
      key_wrap: SEALED_KEY_WRAP_ALGORITHM,
      recipient,
      context: { ...input.context },
      iv: bytesToBase64(iv),
      ciphertext: bytesToBase64(new Uint8Array(ciphertext)),
      wrapped_key: bytesToBase64(new Uint8Array(wrappedKey)),
      key_sha256: keyCommitment(contentKey),
      payload_sha256: sha256Hex(plaintextBytes),
    }
  } finally {
    // Best effort: the raw key should not outlive the call in this page's memory.
    contentKey.fill(0)
  }
}

/** PKCS#8 DER of any RSA private key PEM (PKCS#8 from WebCrypto, PKCS#1 from forge or a file). */
function pkcs8Der(privateKeyPem: string): Uint8Array {
  let key: any
  try {
    key = forge.pki.privateKeyFromPem(privateKeyPem)
  } catch (error) {
    throw new SealingError("bad_private_key", `the private key cannot be read (${(error as Error).message})`)
  }
  if (!key?.n) throw new SealingError("bad_private_key", "the private key is not an RSA key")
  return derBytes(forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(key)))
}

/**
 * The opening, on the supplier's side: recovers this envelope's content key with the private
 * key of the certificate it was sealed to and returns it as base64 — what the supplier submits
 * in the opening window. It reveals this envelope only. `privateKey` is a PEM or a WebCrypto
 * RSA-OAEP key with `decrypt` usage (a browser may keep its key non-extractable).
 */
export async function unwrapContentKey(envelope: SealedEnvelope, privateKey: string | CryptoKey, options: { crypto?: Crypto } = {}): Promise<string> {
  const problem = envelopeShapeProblem(envelope)
  if (problem) throw new SealingError(problem.code, problem.message)
  const crypto = webCrypto(options.crypto)
  const key =
    typeof privateKey === "string"
      ? await crypto.subtle.importKey("pkcs8", owned(pkcs8Der(privateKey)), { name: "RSA-OAEP", hash: "SHA-256" }, false, ["decrypt"])
      : privateKey
  let contentKey: Uint8Array
  try {
    contentKey = new Uint8Array(await crypto.subtle.decrypt({ name: "RSA-OAEP" }, key, owned(base64ToBytes(envelope.wrapped_key)!)))
  } catch {
    throw new SealingError(
      "wrong_key",
      `this private key does not open the envelope sealed to certificate ${envelope.recipient.certificate_serial}`
    )
  }
  if (contentKey.length !== CONTENT_KEY_BYTES || keyCommitment(contentKey) !== envelope.key_sha256) {
    throw new SealingError("tampered_ciphertext", "the unwrapped key does not match the envelope's key commitment: the envelope was altered")
  }
  return bytesToBase64(contentKey)
}
