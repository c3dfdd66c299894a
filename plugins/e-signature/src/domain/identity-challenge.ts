/**
 * Expert identity verification by certificate: the server issues a random, short-lived,
 * single-use challenge; the expert signs it with the key of its expert certificate in the
 * client; the server checks the signature, the expert, the expiry and that the challenge was
 * not used before. Pure: the caller gives `now` and the random bytes, and stores the challenge
 * (with `consumed_at`) itself. Browser-safe, so the client builds the same signing payload.
 */
export const IDENTITY_CHALLENGE_KIND = "govmall.expert_identity_challenge"
export const DEFAULT_CHALLENGE_TTL_MS = 5 * 60 * 1000
export const MIN_NONCE_BYTES = 16

export type IdentityChallenge = {
  kind: typeof IDENTITY_CHALLENGE_KIND
  /** Random, lower-case hex (at least 16 bytes). */
  nonce: string
  expert_id: string
  /** What the verification unlocks, e.g. "evaluation:<panel id>"; signed, so a response cannot be replayed elsewhere. */
  purpose: string
  issued_at: string
  expires_at: string
}

export type CreateIdentityChallengeInput = {
  expert_id: string
  purpose: string
  now: Date
  /** Cryptographically random bytes from the caller (crypto.getRandomValues / randomBytes). */
  random: Uint8Array
  ttl_ms?: number
}

export function createIdentityChallenge(input: CreateIdentityChallengeInput): IdentityChallenge {
  if (!(input.random instanceof Uint8Array) || input.random.length < MIN_NONCE_BYTES) {
    throw new TypeError(`an identity challenge needs at least ${MIN_NONCE_BYTES} random bytes`)
  }
  const ttl = input.ttl_ms ?? DEFAULT_CHALLENGE_TTL_MS
  if (!Number.isInteger(ttl) || ttl <= 0) throw new TypeError("ttl_ms must be a positive integer")
  return {
    kind: IDENTITY_CHALLENGE_KIND,
    nonce: Array.from(input.random, (byte) => byte.toString(16).padStart(2, "0")).join(""),
    expert_id: input.expert_id,
    purpose: input.purpose,
    issued_at: input.now.toISOString(),
    expires_at: new Date(input.now.getTime() + ttl).toISOString(),
  }
}

/** The document the expert signs: the whole challenge (canonical JSON). */
export function identityChallengeSigningPayload(challenge: IdentityChallenge): IdentityChallenge {
  return {
    kind: challenge.kind,
    nonce: challenge.nonce,
    expert_id: challenge.expert_id,
    purpose: challenge.purpose,
    issued_at: challenge.issued_at,
    expires_at: challenge.expires_at,
  }
}
