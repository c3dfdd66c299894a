/**
 * Issues an end-entity certificate from a CSR. The CSR only proves possession of the private
 * key (its self-signature); the platform decides the subject from the identity it has
 * verified (organization USCC or expert id) — see certificate-subject.ts for the format.
 *
 * Refused (CertificateRequestError, code):
 * - unparseable_csr    not a PKCS#10 PEM
 * - bad_csr_signature  the self-signature does not verify (no proof of key possession)
 * - weak_key           not RSA, or fewer than 2048 bits
 * - subject_mismatch   the CSR subject names anything the platform would not write itself
 *                      (an empty subject, or a subset of the platform's subject, is fine)
 *
 * Extensions requested in the CSR are never copied: the platform sets them all (not a CA,
 * digitalSignature + nonRepudiation, extKeyUsage emailProtection).
 */
import forge from "node-forge"
import { InvalidValueError } from "@govmall/procurement-core/domain/domain-error"
import {
  attributeText,
  ForgeAttribute,
  normalizeSubjectIdentity,
  reencodableAttributes,
  SubjectIdentity,
  subjectAttributes,
  type CertificateIdentity,
} from "./certificate-subject"
import { MIN_RSA_BITS, rsaSha256 } from "./signature-algorithm"

export const DEFAULT_VALIDITY_DAYS = 365
export const MAX_VALIDITY_DAYS = 3 * 365
const DAY_MS = 24 * 3600 * 1000

export type CertificateRequestErrorCode = "unparseable_csr" | "bad_csr_signature" | "weak_key" | "subject_mismatch"

export class CertificateRequestError extends InvalidValueError {
  readonly code: CertificateRequestErrorCode
  constructor(code: CertificateRequestErrorCode, message: string) {
    super(message)
    this.code = code
  }
}

export type IssuingCa = { certificatePem: string; privateKeyPem: string }

export type IssueCertificateInput = {
  csrPem: string
  subject: SubjectIdentity
  issuer: IssuingCa
  /** Lower-case hex, positive (first byte 01–7f), 2–40 hex characters. See `serialFromRandomBytes`. */
  serial: string
  /** Business time of issuance: the start of validity. */
  now: Date
  validityDays?: number
}

export type IssuedCertificate = {
  serial: string
  pem: string
  fingerprint_sha256: string
  not_before: Date
  not_after: Date
  identity: CertificateIdentity
}

export const SERIAL_PATTERN = /^(?:0[1-9a-f]|[1-7][0-9a-f])(?:[0-9a-f]{2}){0,19}$/

/** A positive serial (RFC 5280: ≤ 20 octets) from caller-supplied random bytes (16 recommended). */
export function serialFromRandomBytes(bytes: Uint8Array): string {
  if (bytes.length < 1 || bytes.length > 20) {
    throw new InvalidValueError(`serial: need 1 to 20 random bytes, got ${bytes.length}`)
  }
  const copy = Uint8Array.from(bytes)
  copy[0] = (copy[0] & 0x7f) || 0x01
  return Array.from(copy, (byte) => byte.toString(16).padStart(2, "0")).join("")
}

/** SHA-256 of the certificate's DER bytes, lower-case hex. */
export function certificateFingerprint(certificate: any): string {
  const der = forge.asn1.toDer(forge.pki.certificateToAsn1(certificate)).getBytes()
  return forge.md.sha256.create().update(der).digest().toHex()
}

function parseCsr(csrPem: string): any {
  try {
    return forge.pki.certificationRequestFromPem(csrPem)
  } catch (error) {
    throw new CertificateRequestError(
      "unparseable_csr",
      `csr is not a PKCS#10 certificate request in PEM form (${(error as Error).message})`
    )
  }
}

function checkCsrSubject(csrAttributes: ForgeAttribute[], platformAttributes: ForgeAttribute[]) {
  for (const attribute of csrAttributes) {
    const expected = platformAttributes.find((candidate) => candidate.name === attribute.name)
    const text = attributeText(attribute)
    if (!expected || text !== expected.value) {
      throw new CertificateRequestError(
        "subject_mismatch",
        `csr subject ${attribute.name ?? attribute.type} = ${JSON.stringify(text)} is not what the platform certifies; ` +
          `leave the CSR subject empty (the platform sets it from the verified identity)`
      )
    }
  }
}

export function issueCertificate(input: IssueCertificateInput): IssuedCertificate {
  const identity = normalizeSubjectIdentity(input.subject)
  const platformSubject = subjectAttributes(identity)
  if (!SERIAL_PATTERN.test(input.serial)) {
    throw new InvalidValueError(`serial must be positive lower-case hex of 1 to 20 bytes, got ${JSON.stringify(input.serial)}`)
  }
  const days = input.validityDays ?? DEFAULT_VALIDITY_DAYS
  if (!Number.isInteger(days) || days < 1 || days > MAX_VALIDITY_DAYS) {
    throw new InvalidValueError(`validity_days must be a whole number from 1 to ${MAX_VALIDITY_DAYS}, got ${days}`)
  }
  if (!(input.now instanceof Date) || !Number.isFinite(input.now.getTime())) {
    throw new InvalidValueError("now must be a valid Date")
  }

  const csr = parseCsr(input.csrPem)
  let selfSigned = false
  try {
    selfSigned = csr.verify() === true
  } catch {
    selfSigned = false
  }
  if (!selfSigned) {
    throw new CertificateRequestError("bad_csr_signature", "csr self-signature does not verify: it does not prove possession of the key")
  }
  const publicKeyPem = forge.pki.publicKeyToPem(csr.publicKey)
  const keyCheck = rsaSha256.acceptsKey(publicKeyPem)
  if (!keyCheck.ok) {
    throw new CertificateRequestError("weak_key", `csr key refused: ${keyCheck.reason} (RSA, at least ${MIN_RSA_BITS} bits)`)
  }
  checkCsrSubject(csr.subject.attributes, platformSubject)

  const issuerCert = forge.pki.certificateFromPem(input.issuer.certificatePem)
  const issuerKey = forge.pki.privateKeyFromPem(input.issuer.privateKeyPem)
  // UTCTime has whole seconds: start on a whole second so the stored row equals the certificate.
  const notBefore = new Date(Math.floor(input.now.getTime() / 1000) * 1000)
  if (notBefore < issuerCert.validity.notBefore || notBefore > issuerCert.validity.notAfter) {
    throw new InvalidValueError(`the issuing CA is not valid at ${notBefore.toISOString()}`)
  }
  // Never outlive the issuing CA: a certificate is only as good as its chain.
  const notAfter = new Date(Math.min(notBefore.getTime() + days * DAY_MS, issuerCert.validity.notAfter.getTime()))

  const cert = forge.pki.createCertificate()
  cert.publicKey = csr.publicKey
  cert.serialNumber = input.serial
  cert.validity.notBefore = notBefore
  cert.validity.notAfter = notAfter
  cert.setSubject(platformSubject)
  cert.setIssuer(reencodableAttributes(issuerCert.subject.attributes))
  const issuerKeyId = issuerCert.getExtension("subjectKeyIdentifier")?.subjectKeyIdentifier as string | undefined
  cert.setExtensions([
    { name: "basicConstraints", cA: false, critical: true },
    // keyEncipherment: a supplier seals its response to its own certificate (RSA-OAEP key
    // transport, client/seal-envelope.ts); the certificate says so. ADR 0007.
    { name: "keyUsage", digitalSignature: true, nonRepudiation: true, keyEncipherment: true, critical: true },
    { name: "extKeyUsage", emailProtection: true },
    { name: "subjectKeyIdentifier" },
    ...(issuerKeyId ? [{ name: "authorityKeyIdentifier", keyIdentifier: forge.util.hexToBytes(issuerKeyId) }] : []),
  ])
  cert.sign(issuerKey, forge.md.sha256.create())

  return {
    serial: input.serial,
    pem: forge.pki.certificateToPem(cert),
    fingerprint_sha256: certificateFingerprint(cert),
    not_before: notBefore,
    not_after: notAfter,
    identity: {
      kind: identity.kind,
      subject_id: identity.subject_id,
      display_name: identity.display_name,
      role: identity.role,
    },
  }
}
