/** Events this plugin emits after the workflow that caused them succeeded. */
export const ESignatureEvents = {
  /** Payload `{ id, serial, subject_kind, subject_id, organization_id }`. */
  CERTIFICATE_ISSUED: "e_signature.certificate_issued",
  /** Payload `{ id, serial, reason, revoked_at }`. */
  CERTIFICATE_REVOKED: "e_signature.certificate_revoked",
  /** An expert answered an identity challenge with its certificate. Payload `{ id, expert_id, purpose, certificate_serial, verified_at }`. */
  EXPERT_IDENTITY_VERIFIED: "e_signature.expert_identity_verified",
} as const
