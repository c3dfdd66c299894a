/**
 * The stored identity challenge and its conversion to the domain object the expert signs. The
 * same conversion feeds the route's response and the verification, so the signed timestamps
 * are the stored ones to the millisecond.
 */
import { IDENTITY_CHALLENGE_KIND, type IdentityChallenge } from "../../domain/identity-challenge"

export type IdentityChallengeDTO = {
  id: string
  expert_id: string
  nonce: string
  purpose: string
  issued_at: Date
  expires_at: Date
  consumed_at: Date | null
  certificate_serial: string | null
  created_at: Date
  updated_at: Date
}

export function challengeFromRecord(record: Pick<IdentityChallengeDTO, "nonce" | "expert_id" | "purpose" | "issued_at" | "expires_at">): IdentityChallenge {
  return {
    kind: IDENTITY_CHALLENGE_KIND,
    nonce: record.nonce,
    expert_id: record.expert_id,
    purpose: record.purpose,
    issued_at: new Date(record.issued_at).toISOString(),
    expires_at: new Date(record.expires_at).toISOString(),
  }
}

/** The state whose digest goes into the audit log. */
export function identityChallengeAuditState(record: IdentityChallengeDTO) {
  return {
    id: record.id,
    ...challengeFromRecord(record),
    consumed_at: record.consumed_at ?? null,
    certificate_serial: record.certificate_serial ?? null,
  }
}
