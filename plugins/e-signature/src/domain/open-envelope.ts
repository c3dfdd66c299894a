/**
 * Server side of the opening: the supplier has submitted its envelope's content key (what
 * client/seal-envelope.ts `unwrapContentKey` returns); check it against the envelope's key
 * commitment, decrypt (AES-256-GCM, Node's crypto), check the content commitment, parse.
 *
 * The server never needs — and never has — a key that decrypts on its own; this file only works
 * once the supplier has chosen to reveal the one key of one envelope. All failures are
 * SealedEnvelopeError (an InvalidValueError: HTTP 400 through procurement-core's mapping) with a
 * `code` the opening records as the reason a response is invalid.
 */
import { createDecipheriv, timingSafeEqual } from "node:crypto"
import { InvalidValueError } from "@govmall/procurement-core/domain/domain-error"
import {
  base64ToBytes,
  CONTENT_KEY_BYTES,
  contextAdditionalData,
  envelopeShapeProblem,
  GCM_TAG_BYTES,
  keyCommitment,
  type SealedEnvelope,
  type SealedEnvelopeContext,
  type SealedEnvelopeErrorCode,
  type SealedEnvelopeRecipient,
} from "./sealed-envelope"
import { sha256Hex } from "@govmall/procurement-core/domain/canonical-json"

export class SealedEnvelopeError extends InvalidValueError {
  readonly code: SealedEnvelopeErrorCode
  constructor(code: SealedEnvelopeErrorCode, message: string) {
    super(message)
    this.code = code
  }
}

export type OpenEnvelopeInput = {
  envelope: unknown
  /** base64 of the 32-byte content key the supplier submitted at the opening. */
  content_key: unknown
  /** What the opener knows the envelope must be bound to (from its own records, not the envelope). */
  expected?: { context?: SealedEnvelopeContext; recipient?: Partial<SealedEnvelopeRecipient> }
}

export type OpenedEnvelope<T = unknown> = {
  payload: T
  /** The verified commitment (equal to envelope.payload_sha256). */
  payload_sha256: string
}

/** Throws SealedEnvelopeError unless `value` is a well-formed version-1 envelope. */
export function assertSealedEnvelope(value: unknown): asserts value is SealedEnvelope {
  const problem = envelopeShapeProblem(value)
  if (problem) throw new SealedEnvelopeError(problem.code, problem.message)
}

function sameHex(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b))
}

function checkExpected(envelope: SealedEnvelope, expected: OpenEnvelopeInput["expected"]) {
  for (const [field, value] of Object.entries(expected?.recipient ?? {})) {
    if (value !== undefined && envelope.recipient[field as keyof SealedEnvelopeRecipient] !== String(value).toLowerCase()) {
      throw new SealedEnvelopeError(
        "recipient_mismatch",
        `envelope.recipient.${field} is ${envelope.recipient[field as keyof SealedEnvelopeRecipient]}, not ${value}`
      )
    }
  }
  if (expected?.context) {
    const keys = new Set([...Object.keys(expected.context), ...Object.keys(envelope.context)])
    for (const key of keys) {
      if (envelope.context[key] !== expected.context[key]) {
        throw new SealedEnvelopeError(
          "context_mismatch",
          `envelope.context.${key} is ${JSON.stringify(envelope.context[key])}, not ${JSON.stringify(expected.context[key])}`
        )
      }
    }
  }
}

export function openSealedEnvelope<T = unknown>(input: OpenEnvelopeInput): OpenedEnvelope<T> {
  assertSealedEnvelope(input.envelope)
  const envelope = input.envelope
  checkExpected(envelope, input.expected)

  const key = base64ToBytes(input.content_key)
  if (!key || key.length !== CONTENT_KEY_BYTES) {
    throw new SealedEnvelopeError("malformed_key", `content_key must be the ${CONTENT_KEY_BYTES}-byte content key in base64`)
  }
  if (!sameHex(keyCommitment(key), envelope.key_sha256)) {
    throw new SealedEnvelopeError("wrong_key", "content_key is not the key this envelope was sealed with")
  }

  const sealed = base64ToBytes(envelope.ciphertext)!
  let plaintext: Buffer
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, base64ToBytes(envelope.iv)!, { authTagLength: GCM_TAG_BYTES })
    decipher.setAAD(contextAdditionalData(envelope.context))
    decipher.setAuthTag(sealed.subarray(sealed.length - GCM_TAG_BYTES))
    plaintext = Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - GCM_TAG_BYTES)), decipher.final()])
  } catch {
    throw new SealedEnvelopeError(
      "tampered_ciphertext",
      "the envelope does not decrypt with its own key: its ciphertext, iv or context was altered after sealing"
    )
  }

  // GCM is not key-committing; the signed content commitment is what fixes the content.
  const digest = sha256Hex(plaintext)
  if (!sameHex(digest, envelope.payload_sha256)) {
    throw new SealedEnvelopeError("commitment_mismatch", "the decrypted content does not match envelope.payload_sha256")
  }
  let parsed: any
  try {
    parsed = JSON.parse(plaintext.toString("utf8"))
  } catch {
    throw new SealedEnvelopeError("malformed_envelope", "the decrypted content is not JSON")
  }
  if (typeof parsed !== "object" || parsed === null || typeof parsed.salt !== "string" || !("payload" in parsed)) {
    throw new SealedEnvelopeError("malformed_envelope", "the decrypted content is not { salt, payload }")
  }
  return { payload: parsed.payload as T, payload_sha256: digest }
}
