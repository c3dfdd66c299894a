/** Events this plugin emits after the workflow that caused them succeeded. */
export const ESignatureEvents = {
  /** Payload `{ id, serial, subject_kind, subject_id, organization_id }`. */
  CERTIFICATE_ISSUED: "e_signature.certificate_issued",
  /** Payload `{ id, serial, reason, revoked_at }`. */
  CERTIFICATE_REVOKED: "e_signature.certificate_revoked",
} as const
