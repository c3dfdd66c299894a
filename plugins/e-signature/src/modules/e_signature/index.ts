import { Module } from "@medusajs/framework/utils"
import checkPlatformCaLoader from "./loaders/check-platform-ca"
import ESignatureService from "./service"

export const E_SIGNATURE_MODULE = "e_signature"

export default Module(E_SIGNATURE_MODULE, {
  service: ESignatureService,
  loaders: [checkPlatformCaLoader],
})

export { ESignatureService }
export { certificateAuditState } from "./service"
export type {
  CertificateDTO,
  CertificateStatus,
  IssueFromCsrInput,
  RevocationState,
  RevokedCertificateEntry,
  VerifyDocumentSignatureInput,
} from "./service"
export { loadPlatformCa, PlatformCaConfigurationError, CA_DIR_VARIABLE } from "./platform-ca"
export type { SignedRecord, RevocationReason } from "../../domain/signed-record"
export { REVOCATION_REASONS, isRevocationReason } from "../../domain/signed-record"
export type { VerificationResult, VerificationReason, VerificationReasonCode } from "../../domain/verify-signature"
export { VERIFICATION_REASON_CODES, checkSigningTimeOnReceipt } from "../../domain/verify-signature"
export type { SubjectIdentity, SubjectKind, OrganizationKind } from "../../domain/certificate-subject"
export type { SignatureAlgorithmId } from "../../domain/signature-algorithm"
export type { IdentityChallengeDTO } from "./identity-challenge-record"
export { challengeFromRecord } from "./identity-challenge-record"
