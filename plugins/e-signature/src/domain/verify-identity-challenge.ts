/**
 * Server side of the expert identity challenge (identity-challenge.ts): the stored challenge,
 * answered once, before it expires, signed inside its lifetime by a valid certificate of THAT
 * expert (chain to the platform CA, not revoked at the signing time). Never throws for a bad
 * answer: the verdict lists every reason.
 */
import type { CertificateRevocation, PlatformTrustAnchors, VerificationSigner } from "./verify-signature"
import { verifySignature } from "./verify-signature"
import type { SignedRecord } from "./signed-record"
import { identityChallengeSigningPayload, type IdentityChallenge } from "./identity-challenge"

export const IDENTITY_CHALLENGE_REASON_CODES = ["challenge_expired", "challenge_used", "signed_outside_challenge", "signature"] as const
export type IdentityChallengeReason = {
  code: (typeof IDENTITY_CHALLENGE_REASON_CODES)[number]
  message: string
  /** For code "signature": verifySignature's reason code (wrong_signer, revoked, bad_signature…). */
  signature_code?: string
}

export type VerifyIdentityChallengeInput = {
  /** The challenge as the server stored it (never as the client sends it back). */
  challenge: IdentityChallenge
  /** When the stored challenge was answered successfully before, or null. */
  consumed_at: Date | null
  record: SignedRecord
  certificatePem: string
  trust: PlatformTrustAnchors
  revocation: CertificateRevocation | null
  now: Date
}

export type IdentityChallengeVerdict = {
  valid: boolean
  reasons: IdentityChallengeReason[]
  signer: VerificationSigner | null
}

export function verifyIdentityChallengeResponse(input: VerifyIdentityChallengeInput): IdentityChallengeVerdict {
  const reasons: IdentityChallengeReason[] = []
  const { challenge } = input
  const issuedAt = new Date(challenge.issued_at)
  const expiresAt = new Date(challenge.expires_at)
  if (input.now > expiresAt) {
    reasons.push({ code: "challenge_expired", message: `the challenge expired at ${challenge.expires_at}` })
  }
  if (input.consumed_at) {
    reasons.push({ code: "challenge_used", message: `the challenge was already answered at ${input.consumed_at.toISOString()}` })
  }
  const signedAt = new Date(input.record.signed_at)
  if (!(signedAt >= issuedAt && signedAt <= expiresAt)) {
    reasons.push({
      code: "signed_outside_challenge",
      message: `signed_at ${input.record.signed_at} is outside the challenge's lifetime ${challenge.issued_at} – ${challenge.expires_at}`,
    })
  }
  const result = verifySignature({
    document: identityChallengeSigningPayload(challenge),
    ...input.record,
    certificatePem: input.certificatePem,
    trust: input.trust,
    revocation: input.revocation,
    expected_subject_id: challenge.expert_id,
    expected_subject_kind: "expert",
    now: input.now,
  })
  for (const reason of result.reasons) {
    reasons.push({ code: "signature", signature_code: reason.code, message: reason.message })
  }
  return { valid: reasons.length === 0, reasons, signer: result.signer }
}
