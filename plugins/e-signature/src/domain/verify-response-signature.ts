/**
 * Server side: is a sealed response signed by the organization that submitted it? Returns a
 * verdict, never throws for a bad signature — the opening flags the response and records why:
 * a response whose signature fails, or whose certificate belongs to another party (a collusion
 * clue: `foreign_certificate`, with `certificate_subject_org` naming that party).
 *
 * On top of verifySignature's checks (chain to the platform CA, validity and revocation at the
 * signing time, the expected USCC): the envelope must be sealed to the very certificate that
 * signed, or the supplier could not open it with its own key — or someone else could.
 */
import type { VerificationReason, VerificationResult, PlatformTrustAnchors, CertificateRevocation } from "./verify-signature"
import { verifySignature } from "./verify-signature"
import { responseSigningPayload, type ResponseSigningInput } from "./response-signing-payload"
import type { SignedRecord } from "./signed-record"

export type ResponseSignatureReason = { code: VerificationReason["code"] | "recipient_mismatch"; message: string }

export type ResponseSignatureVerdict = {
  valid: boolean
  /** The first reason's code, null when valid. */
  reason: ResponseSignatureReason["code"] | null
  reasons: ResponseSignatureReason[]
  /** The certificate names an organization other than the submitting one. */
  foreign_certificate: boolean
  /** Whom the signing certificate names (also when verification failed), null if unreadable. */
  certificate_subject_org: { uscc: string; display_name: string; role: string | null } | null
  certificate_serial: string | null
  certificate_fingerprint_sha256: string | null
  /** SHA-256 of the canonical signing payload. */
  digest: string | null
}

/** Turns the result of verifying `responseSigningPayload(...)` into the opening's verdict. */
export function responseSignatureVerdict(
  result: VerificationResult,
  envelope: ResponseSigningInput["envelope"],
  supplierUscc: string
): ResponseSignatureVerdict {
  const reasons: ResponseSignatureReason[] = [...result.reasons]
  const signer = result.signer
  if (signer && (envelope.recipient.certificate_serial !== signer.certificate_serial || envelope.recipient.certificate_fingerprint_sha256 !== signer.fingerprint_sha256)) {
    reasons.push({
      code: "recipient_mismatch",
      message: `the envelope is sealed to certificate ${envelope.recipient.certificate_serial}, but the response is signed with certificate ${signer.certificate_serial}`,
    })
  }
  const organization = signer?.kind === "organization" ? signer : null
  return {
    valid: reasons.length === 0,
    reason: reasons[0]?.code ?? null,
    reasons,
    foreign_certificate: signer !== null && (signer.kind !== "organization" || signer.subject_id !== supplierUscc),
    certificate_subject_org: organization
      ? { uscc: organization.subject_id, display_name: organization.display_name, role: organization.role }
      : null,
    certificate_serial: signer?.certificate_serial ?? null,
    certificate_fingerprint_sha256: signer?.fingerprint_sha256 ?? null,
    digest: result.digest,
  }
}

export type VerifyResponseSignatureInput = {
  response: ResponseSigningInput
  record: SignedRecord
  /** USCC of the submitting organization (from the platform's records, not from the request). */
  supplier_uscc: string
  certificatePem: string
  trust: PlatformTrustAnchors
  revocation: CertificateRevocation | null
  now: Date
}

export function verifyResponseSignature(input: VerifyResponseSignatureInput): ResponseSignatureVerdict {
  const result = verifySignature({
    document: responseSigningPayload(input.response),
    ...input.record,
    certificatePem: input.certificatePem,
    trust: input.trust,
    revocation: input.revocation,
    expected_subject_id: input.supplier_uscc,
    expected_subject_kind: "organization",
    now: input.now,
  })
  return responseSignatureVerdict(result, input.response.envelope, input.supplier_uscc)
}
