import { randomBytes } from "node:crypto"
import { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import { appendAuditEntry, type AuditActor } from "@govmall/procurement-core/modules/procurement_audit"
import { procurementClock } from "@govmall/procurement-core/modules/procurement_clock"
import { withMedusaErrorsSync } from "@govmall/procurement-core/utils/medusa-error-from-domain"
import { lockRowForUpdate } from "@govmall/procurement-core/utils/lock-row-for-update"
import type { SubjectIdentity, SubjectKind } from "../../domain/certificate-subject"
import { issueCertificate, serialFromRandomBytes } from "../../domain/issue-certificate"
import { DEFAULT_SIGNATURE_ALGORITHM } from "../../domain/signature-algorithm"
import { isRevocationReason, REVOCATION_REASONS, RevocationReason, SignedRecord } from "../../domain/signed-record"
import { checkSigningTimeOnReceipt, verifySignature, VerificationResult } from "../../domain/verify-signature"
import Certificate, { CERTIFICATE_STATUSES } from "./models/certificate"
import IdentityChallenge from "./models/identity-challenge"
import { challengeFromRecord, identityChallengeAuditState, type IdentityChallengeDTO } from "./identity-challenge-record"
import { createIdentityChallenge } from "../../domain/identity-challenge"
import { verifyIdentityChallengeResponse } from "../../domain/verify-identity-challenge"
import { loadPlatformCa } from "./platform-ca"

export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number]

export type CertificateDTO = {
  id: string
  serial: string
  subject_kind: SubjectKind
  subject_id: string
  organization_id: string | null
  role: string
  display_name: string
  pem: string
  fingerprint_sha256: string
  not_before: Date
  not_after: Date
  status: CertificateStatus
  revoked_at: Date | null
  revocation_reason: RevocationReason | null
  created_at: Date
  updated_at: Date
}

export type IssueFromCsrInput = {
  csr_pem: string
  /** The identity the platform has verified (never taken from the CSR). */
  subject: SubjectIdentity
  organization_id?: string | null
  /** Default 365. */
  validity_days?: number
}

export type RevocationState = Pick<CertificateDTO, "status" | "revoked_at" | "revocation_reason">

export type RevokedCertificateEntry = { serial: string; revoked_at: Date; revocation_reason: RevocationReason }

export type VerifyDocumentSignatureInput = {
  document: unknown
  signature: string
  certificate_serial: string
  signed_at: Date | string
  /** Default RSA-SHA256. */
  algorithm?: string
  /** USCC or expert id of the party that must have signed. */
  expected_subject_id: string
  expected_subject_kind?: SubjectKind
}

/** The state whose digest goes into the audit log (no PEM: its fingerprint stands for it). */
export function certificateAuditState(certificate: CertificateDTO) {
  return {
    id: certificate.id,
    serial: certificate.serial,
    subject_kind: certificate.subject_kind,
    subject_id: certificate.subject_id,
    organization_id: certificate.organization_id ?? null,
    role: certificate.role,
    display_name: certificate.display_name,
    fingerprint_sha256: certificate.fingerprint_sha256,
    not_before: certificate.not_before,
    not_after: certificate.not_after,
    status: certificate.status,
    revoked_at: certificate.revoked_at ?? null,
    revocation_reason: certificate.revocation_reason ?? null,
  }
}

const SERIAL_TEXT = /^[0-9a-f]{2,40}$/

function normalizeSerial(serial: string): string {
  const text = typeof serial === "string" ? serial.trim().toLowerCase() : ""
  if (!SERIAL_TEXT.test(text)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `certificate serial must be hex, got ${JSON.stringify(serial)}`)
  }
  return text
}

/**
 * Certificates issued by the platform CA, their revocation, and signature verification.
 * Issuance and revocation write the row and their audit entry in ONE transaction.
 */
export default class ESignatureService extends MedusaService({ Certificate, IdentityChallenge }) {
  /** The public CA certificates (PEM). */
  getCaCertificates(): { root_pem: string; issuing_pem: string } {
    const ca = loadPlatformCa()
    return { root_pem: ca.rootCaPem, issuing_pem: ca.issuingCaPem }
  }

  /**
   * Issues a certificate for `subject` from the CSR (whose key the user generated and keeps);
   * validity starts at the business clock's now. Audits `certificate.issued`.
   */
  @InjectTransactionManager()
  async issueFromCsr(
    input: IssueFromCsrInput,
    actor: AuditActor,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<CertificateDTO> {
    const ca = loadPlatformCa()
    const now = procurementClock.now()
    const issued = withMedusaErrorsSync(() =>
      issueCertificate({
        csrPem: input.csr_pem,
        subject: input.subject,
        issuer: { certificatePem: ca.issuingCaPem, privateKeyPem: ca.issuingKeyPem },
        serial: serialFromRandomBytes(randomBytes(16)),
        now,
        validityDays: input.validity_days,
      })
    )
    const created = (await this.createCertificates(
      {
        serial: issued.serial,
        subject_kind: issued.identity.kind,
        subject_id: issued.identity.subject_id,
        organization_id: input.organization_id ?? null,
        role: issued.identity.role ?? issued.identity.kind,
        display_name: issued.identity.display_name,
        pem: issued.pem,
        fingerprint_sha256: issued.fingerprint_sha256,
        not_before: issued.not_before,
        not_after: issued.not_after,
        status: "active",
      },
      sharedContext
    )) as CertificateDTO
    const manager = sharedContext.transactionManager!
    await manager.flush()
    await appendAuditEntry(manager, {
      ...actor,
      action: "certificate.issued",
      record_type: "certificate",
      record_id: created.id,
      after: certificateAuditState(created),
      occurred_at: now,
      metadata: { serial: created.serial, subject_kind: created.subject_kind, subject_id: created.subject_id },
    })
    return created
  }

  /**
   * active → revoked with an RFC 5280 reason; revoked_at from the business clock. Signatures
   * dated before revoked_at stay valid, later ones are refused. Audits `certificate.revoked`.
   */
  @InjectTransactionManager()
  async revoke(
    serial: string,
    reason: RevocationReason,
    actor: AuditActor,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<CertificateDTO> {
    if (!isRevocationReason(reason)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `reason must be one of ${REVOCATION_REASONS.join(", ")}, got ${JSON.stringify(reason)}`
      )
    }
    const manager = sharedContext.transactionManager!
    const before = await this.lockBySerial(serial, sharedContext)
    if (before.status === "revoked") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `certificate ${before.serial} is already revoked (${before.revocation_reason} at ${before.revoked_at?.toISOString()})`
      )
    }
    const at = procurementClock.now()
    const updated = (await this.updateCertificates(
      { id: before.id, status: "revoked", revoked_at: at, revocation_reason: reason },
      sharedContext
    )) as CertificateDTO
    await manager.flush()
    await appendAuditEntry(manager, {
      ...actor,
      action: "certificate.revoked",
      record_type: "certificate",
      record_id: before.id,
      before: certificateAuditState(before),
      after: certificateAuditState(updated),
      occurred_at: at,
      metadata: { serial: before.serial, reason },
    })
    return updated
  }

  /**
   * Compensation only: puts back the revocation fields a failed workflow changed. Audited as
   * `certificate.revoked_compensated`.
   */
  @InjectTransactionManager()
  async restoreRevocationState(
    serial: string,
    previous: RevocationState,
    actor: AuditActor,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<CertificateDTO> {
    const manager = sharedContext.transactionManager!
    const before = await this.lockBySerial(serial, sharedContext)
    const restored = (await this.updateCertificates(
      { id: before.id, status: previous.status, revoked_at: previous.revoked_at, revocation_reason: previous.revocation_reason },
      sharedContext
    )) as CertificateDTO
    await manager.flush()
    await appendAuditEntry(manager, {
      ...actor,
      action: "certificate.revoked_compensated",
      record_type: "certificate",
      record_id: before.id,
      before: certificateAuditState(before),
      after: certificateAuditState(restored),
    })
    return restored
  }

  @InjectManager()
  async retrieveBySerial(serial: string, @MedusaContext() sharedContext: Context = {}): Promise<CertificateDTO> {
    const normalized = normalizeSerial(serial)
    const [certificate] = (await this.listCertificates({ serial: normalized }, { take: 1 }, sharedContext)) as CertificateDTO[]
    if (!certificate) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `certificate ${normalized} was not found`)
    }
    return certificate
  }

  /** The revocation list: every revoked certificate, oldest revocation first. */
  @InjectManager()
  async listRevoked(@MedusaContext() sharedContext: Context = {}): Promise<RevokedCertificateEntry[]> {
    const revoked = (await this.listCertificates(
      { status: "revoked" },
      { select: ["serial", "revoked_at", "revocation_reason"], order: { revoked_at: "ASC" } },
      sharedContext
    )) as CertificateDTO[]
    return revoked.map((certificate) => ({
      serial: certificate.serial,
      revoked_at: certificate.revoked_at!,
      revocation_reason: certificate.revocation_reason!,
    }))
  }

  /**
   * Verifies a signature made over SHA-256(canonicalJson(document)) — see
   * domain/verify-signature.ts for the rules and reason codes. Never throws for a bad
   * signature: returns `{ valid, reasons, digest, signer }`. An unknown serial gives
   * `unknown_certificate`. Verification time is the business clock's now.
   */
  @InjectManager()
  async verifyDocumentSignature(
    input: VerifyDocumentSignatureInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<VerificationResult> {
    const serial = typeof input.certificate_serial === "string" ? input.certificate_serial.trim().toLowerCase() : ""
    const [certificate] = SERIAL_TEXT.test(serial)
      ? ((await this.listCertificates({ serial }, { take: 1 }, sharedContext)) as CertificateDTO[])
      : []
    if (!certificate) {
      return {
        valid: false,
        reasons: [{ code: "unknown_certificate", message: `no certificate with serial ${JSON.stringify(input.certificate_serial)} was issued by the platform` }],
        digest: null,
        signer: null,
      }
    }
    const ca = loadPlatformCa()
    return verifySignature({
      document: input.document,
      signature: input.signature,
      algorithm: input.algorithm ?? DEFAULT_SIGNATURE_ALGORITHM,
      signed_at: input.signed_at,
      certificate_serial: serial,
      certificatePem: certificate.pem,
      trust: { rootCaPem: ca.rootCaPem, issuingCaPem: ca.issuingCaPem },
      revocation:
        certificate.status === "revoked" && certificate.revoked_at
          ? { revoked_at: new Date(certificate.revoked_at), reason: certificate.revocation_reason! }
          : null,
      expected_subject_id: input.expected_subject_id,
      expected_subject_kind: input.expected_subject_kind,
      now: procurementClock.now(),
    })
  }

  /**
   * For a plugin accepting a signed document (a bid, a contract signature): the signing time
   * must be within `tolerance_ms` (default 5 min) of the business clock, and the signature
   * must verify. Throws NOT_ALLOWED naming the reasons; returns the result (with the signer,
   * to record which certificate signed) otherwise.
   */
  async assertSignatureOnReceipt(
    input: { document: unknown; record: SignedRecord; expected_subject_id: string; expected_subject_kind?: SubjectKind; tolerance_ms?: number },
    sharedContext: Context = {}
  ): Promise<VerificationResult> {
    const fresh = checkSigningTimeOnReceipt(input.record.signed_at, procurementClock.now(), input.tolerance_ms)
    if (!fresh.ok) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `signature refused: ${fresh.message}`)
    }
    const result = await this.verifyDocumentSignature(
      {
        document: input.document,
        ...input.record,
        expected_subject_id: input.expected_subject_id,
        expected_subject_kind: input.expected_subject_kind,
      },
      sharedContext
    )
    if (!result.valid) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `signature refused: ${result.reasons.map((reason) => `${reason.code} (${reason.message})`).join("; ")}`
      )
    }
    return result
  }

  /** Issues an identity challenge to an expert: 32 random bytes, business clock, default 5 minutes. */
  @InjectTransactionManager()
  async issueIdentityChallenge(
    input: { expert_id: string; purpose: string; ttl_ms?: number },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<IdentityChallengeDTO> {
    const challenge = createIdentityChallenge({ ...input, now: procurementClock.now(), random: randomBytes(32) })
    return (await this.createIdentityChallenges(
      {
        expert_id: challenge.expert_id,
        nonce: challenge.nonce,
        purpose: challenge.purpose,
        issued_at: new Date(challenge.issued_at),
        expires_at: new Date(challenge.expires_at),
      },
      sharedContext
    )) as IdentityChallengeDTO
  }

  /**
   * The expert's answer: under a row lock (so one challenge is consumed once), verifies the
   * signature over the STORED challenge (domain/verify-identity-challenge.ts), then marks it
   * consumed and audits `expert.identity_verified`. Another expert's challenge is NOT_FOUND;
   * a refused answer is NOT_ALLOWED naming the reasons, and changes nothing.
   */
  @InjectTransactionManager()
  async answerIdentityChallenge(
    input: { challenge_id: string; expert_id: string; record: SignedRecord },
    actor: AuditActor,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<IdentityChallengeDTO> {
    const manager = sharedContext.transactionManager!
    await lockRowForUpdate(manager, { table: "identity_challenge", key: input.challenge_id, label: "identity challenge" })
    const before = (await this.retrieveIdentityChallenge(input.challenge_id, {}, sharedContext)) as IdentityChallengeDTO
    if (before.expert_id !== input.expert_id) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `identity challenge ${input.challenge_id} was not found`)
    }
    const serial = normalizeSerial(input.record.certificate_serial)
    const [certificate] = (await this.listCertificates({ serial }, { take: 1 }, sharedContext)) as CertificateDTO[]
    if (!certificate) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `identity not verified: unknown_certificate (no certificate ${serial} was issued by the platform)`)
    }
    const ca = loadPlatformCa()
    const now = procurementClock.now()
    const verdict = verifyIdentityChallengeResponse({
      challenge: challengeFromRecord(before),
      consumed_at: before.consumed_at ? new Date(before.consumed_at) : null,
      record: { ...input.record, certificate_serial: serial },
      certificatePem: certificate.pem,
      trust: { rootCaPem: ca.rootCaPem, issuingCaPem: ca.issuingCaPem },
      revocation: certificate.status === "revoked" && certificate.revoked_at ? { revoked_at: new Date(certificate.revoked_at), reason: certificate.revocation_reason! } : null,
      now,
    })
    if (!verdict.valid) {
      const reasons = verdict.reasons.map((reason) => `${reason.signature_code ?? reason.code} (${reason.message})`)
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `identity not verified: ${reasons.join("; ")}`)
    }
    const updated = (await this.updateIdentityChallenges({ id: before.id, consumed_at: now, certificate_serial: serial }, sharedContext)) as IdentityChallengeDTO
    await manager.flush()
    await appendAuditEntry(manager, {
      ...actor,
      action: "expert.identity_verified",
      record_type: "identity_challenge",
      record_id: before.id,
      before: identityChallengeAuditState(before),
      after: identityChallengeAuditState(updated),
      occurred_at: now,
      metadata: { expert_id: before.expert_id, purpose: before.purpose, certificate_serial: serial },
    })
    return updated
  }

  private async lockBySerial(serial: string, sharedContext: Context<EntityManager>): Promise<CertificateDTO> {
    const normalized = normalizeSerial(serial)
    const row = await lockRowForUpdate(sharedContext.transactionManager!, {
      table: "certificate",
      column: "serial",
      key: normalized,
      label: "certificate",
    })
    return (await this.retrieveCertificate(row.id, {}, sharedContext)) as CertificateDTO
  }
}
