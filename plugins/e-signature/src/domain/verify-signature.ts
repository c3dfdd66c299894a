/**
 * Verifies a signature made with `client/sign-document.ts` (or any client doing the same):
 * an RSA/SHA-256 (or later SM2/SM3) signature over SHA-256(canonicalJson(document)).
 *
 * A signature is valid when ALL of these hold; each failure adds a reason (codes below) and
 * the function never throws for a bad signature:
 *
 * - digest_mismatch     the document is not the one that was signed (the signature recovers
 *                       to another digest)
 * - bad_signature       the signature is not one by the certificate's key (or is garbage)
 * - untrusted_chain     the certificate does not chain to the platform root through the
 *                       issuing CA, is itself a CA, names another serial, or a CA certificate
 *                       was not valid at the signing time
 * - not_yet_valid       signed before the certificate's notBefore
 * - expired             signed after the certificate's notAfter
 * - signed_in_future    signed_at is later than the verification time
 * - revoked             the certificate was revoked AT OR BEFORE the signing time
 * - wrong_signer        the certificate's subject (serialNumber attribute) is not the expected party
 * - unsupported_algorithm, malformed   unknown algorithm id, unparseable input
 *
 * Revocation rule: `revoked_at` is the cut-off. A signature made before the revocation stays
 * valid (a contract signed before a company changed hands remains signed); anything dated at
 * or after it is refused — for keyCompromise that means everything the thief could sign after
 * the compromise was reported. `signed_at` is therefore security-relevant: a plugin accepting
 * a signed record must check it against the business clock at receipt (`checkSigningTimeOnReceipt`)
 * and store it unchanged, so nobody can later backdate a signature to before a revocation.
 */
import forge from "node-forge"
import { digestOf } from "@govmall/procurement-core/domain/canonical-json"
import { identityFromSubject, type CertificateIdentity, type SubjectKind } from "./certificate-subject"
import { certificateFingerprint } from "./issue-certificate"
import type { RevocationReason } from "./signed-record"
import { signatureAlgorithm } from "./signature-algorithm"

export const VERIFICATION_REASON_CODES = [
  "malformed",
  "unsupported_algorithm",
  "unknown_certificate",
  "digest_mismatch",
  "bad_signature",
  "untrusted_chain",
  "not_yet_valid",
  "expired",
  "signed_in_future",
  "revoked",
  "wrong_signer",
] as const
export type VerificationReasonCode = (typeof VERIFICATION_REASON_CODES)[number]
export type VerificationReason = { code: VerificationReasonCode; message: string }

export type CertificateRevocation = { revoked_at: Date; reason: RevocationReason }

export type VerificationSigner = CertificateIdentity & {
  certificate_serial: string
  fingerprint_sha256: string
  not_before: Date
  not_after: Date
  revoked_at: Date | null
  revocation_reason: RevocationReason | null
}

export type VerificationResult = {
  valid: boolean
  reasons: VerificationReason[]
  /** SHA-256 of the canonical JSON of the document as given (null if it cannot be serialized). */
  digest: string | null
  /** Who the certificate names — also when verification failed (e.g. wrong_signer). */
  signer: VerificationSigner | null
}

export type PlatformTrustAnchors = { rootCaPem: string; issuingCaPem: string }

export type VerifySignatureInput = {
  document: unknown
  signature: string
  algorithm: string
  signed_at: Date | string
  certificate_serial: string
  certificatePem: string
  trust: PlatformTrustAnchors
  /** The certificate's revocation as the platform's records know it, or null. */
  revocation: CertificateRevocation | null
  expected_subject_id: string
  expected_subject_kind?: SubjectKind
  /** Verification time (business clock). */
  now: Date
}

function toDate(value: Date | string): Date | null {
  const date = value instanceof Date ? value : typeof value === "string" ? new Date(value) : null
  return date && Number.isFinite(date.getTime()) ? date : null
}

function isCa(certificate: any): boolean {
  return certificate.getExtension("basicConstraints")?.cA === true
}

function issuedBy(parent: any, child: any): boolean {
  try {
    return parent.verify(child) === true
  } catch {
    return false
  }
}

function validAt(certificate: any, at: Date): boolean {
  return at >= certificate.validity.notBefore && at <= certificate.validity.notAfter
}

function chainProblems(leaf: any, trust: PlatformTrustAnchors, signedAt: Date | null): string[] {
  let root: any
  let issuing: any
  try {
    root = forge.pki.certificateFromPem(trust.rootCaPem)
    issuing = forge.pki.certificateFromPem(trust.issuingCaPem)
  } catch (error) {
    return [`the platform CA certificates cannot be parsed (${(error as Error).message})`]
  }
  const problems: string[] = []
  if (!isCa(root) || !issuedBy(root, root)) problems.push("the platform root is not a self-signed CA")
  if (!isCa(issuing) || !issuedBy(root, issuing)) problems.push("the issuing CA is not issued by the platform root")
  if (!issuedBy(issuing, leaf)) problems.push("the certificate is not issued by the platform issuing CA")
  if (isCa(leaf)) problems.push("the certificate is a CA certificate, not a signer's")
  if (signedAt && (!validAt(root, signedAt) || !validAt(issuing, signedAt))) {
    problems.push(`a platform CA certificate was not valid at the signing time ${signedAt.toISOString()}`)
  }
  return problems
}

export function verifySignature(input: VerifySignatureInput): VerificationResult {
  const reasons: VerificationReason[] = []
  const fail = (code: VerificationReasonCode, message: string) => reasons.push({ code, message })

  let digest: string | null = null
  try {
    digest = digestOf(input.document)
  } catch (error) {
    fail("malformed", `the document has no canonical JSON form (${(error as Error).message})`)
  }
  const signedAt = toDate(input.signed_at)
  if (!signedAt) fail("malformed", `signed_at is not a valid instant: ${JSON.stringify(input.signed_at)}`)

  let leaf: any
  try {
    leaf = forge.pki.certificateFromPem(input.certificatePem)
  } catch (error) {
    fail("malformed", `the certificate cannot be parsed (${(error as Error).message})`)
    return { valid: false, reasons, digest, signer: null }
  }

  const identity = identityFromSubject(leaf.subject.attributes)
  const signer: VerificationSigner | null = identity
    ? {
        ...identity,
        certificate_serial: String(leaf.serialNumber).toLowerCase(),
        fingerprint_sha256: certificateFingerprint(leaf),
        not_before: leaf.validity.notBefore,
        not_after: leaf.validity.notAfter,
        revoked_at: input.revocation?.revoked_at ?? null,
        revocation_reason: input.revocation?.reason ?? null,
      }
    : null

  // 1. The signature over the digest.
  const algorithm = signatureAlgorithm(input.algorithm)
  if (!algorithm) {
    fail("unsupported_algorithm", `algorithm ${JSON.stringify(input.algorithm)} is not supported`)
  } else if (digest) {
    const publicKeyPem = forge.pki.publicKeyToPem(leaf.publicKey)
    if (!algorithm.verify(digest, input.signature, publicKeyPem)) {
      const recovered = algorithm.recoverDigest?.(input.signature, publicKeyPem) ?? null
      if (recovered !== null && recovered !== digest) {
        fail("digest_mismatch", `the document's digest ${digest} is not the digest that was signed (${recovered}): it changed after signing`)
      } else {
        fail("bad_signature", `the signature was not made with the key of certificate ${input.certificate_serial}`)
      }
    }
  }

  // 2. The certificate chains to the platform CA.
  if (String(leaf.serialNumber).toLowerCase() !== String(input.certificate_serial).toLowerCase()) {
    fail("untrusted_chain", `the certificate has serial ${leaf.serialNumber}, not ${input.certificate_serial}`)
  }
  for (const problem of chainProblems(leaf, input.trust, signedAt)) fail("untrusted_chain", problem)

  // 3. Valid at the signing time, and the signing time is not in the future.
  if (signedAt) {
    if (signedAt < leaf.validity.notBefore) {
      fail("not_yet_valid", `signed at ${signedAt.toISOString()}, before the certificate became valid (${leaf.validity.notBefore.toISOString()})`)
    }
    if (signedAt > leaf.validity.notAfter) {
      fail("expired", `signed at ${signedAt.toISOString()}, after the certificate expired (${leaf.validity.notAfter.toISOString()})`)
    }
    if (signedAt > input.now) {
      fail("signed_in_future", `signed_at ${signedAt.toISOString()} is later than the verification time ${input.now.toISOString()}`)
    }
    // 4. Not revoked at the signing time.
    if (input.revocation && input.revocation.revoked_at <= signedAt) {
      fail(
        "revoked",
        `certificate ${input.certificate_serial} was revoked (${input.revocation.reason}) at ${input.revocation.revoked_at.toISOString()}, not after the signing time ${signedAt.toISOString()}`
      )
    }
  }

  // 5. The expected party.
  if (!identity) {
    fail("wrong_signer", "the certificate subject does not carry a platform identity (serialNumber USCC:/EXPERT:)")
  } else if (
    identity.subject_id !== input.expected_subject_id ||
    (input.expected_subject_kind !== undefined && identity.kind !== input.expected_subject_kind)
  ) {
    fail(
      "wrong_signer",
      `the certificate belongs to ${identity.kind} ${identity.subject_id} (${identity.display_name}), not ${input.expected_subject_kind ?? "party"} ${input.expected_subject_id}`
    )
  }

  return { valid: reasons.length === 0, reasons, digest, signer }
}

/**
 * For a plugin ACCEPTING a signed record: the claimed signing time must be close to the
 * business clock (default ±5 minutes), so that stored signing times are the platform's view
 * of when the signature arrived and cannot be backdated past a revocation.
 */
export function checkSigningTimeOnReceipt(
  signedAt: Date | string,
  now: Date,
  toleranceMs = 5 * 60 * 1000
): { ok: true; signed_at: Date } | { ok: false; message: string } {
  const date = toDate(signedAt)
  if (!date) return { ok: false, message: `signed_at is not a valid instant: ${JSON.stringify(signedAt)}` }
  if (Math.abs(date.getTime() - now.getTime()) > toleranceMs) {
    return {
      ok: false,
      message: `signed_at ${date.toISOString()} is more than ${Math.round(toleranceMs / 1000)} s away from the platform time ${now.toISOString()}`,
    }
  }
  return { ok: true, signed_at: date }
}
