import { ca, certA, certExpert, expertWang, issue, keyA, keyExpert } from "./__tests__/sealed-response-fixtures"
import { keyPair } from "./__tests__/test-ca"
import { signIdentityChallenge } from "./client/sign-identity-challenge"
import { createIdentityChallenge, DEFAULT_CHALLENGE_TTL_MS, type IdentityChallenge } from "./identity-challenge"
import type { IssuedCertificate } from "./issue-certificate"
import { verifyIdentityChallengeResponse, type VerifyIdentityChallengeInput } from "./verify-identity-challenge"

const issuedAt = new Date("2026-10-27T01:00:00Z")
const random = Uint8Array.from({ length: 32 }, (_, index) => (index * 37 + 11) % 256)
const challenge = createIdentityChallenge({ expert_id: expertWang.subject_id, purpose: "evaluation:panel_01JBXDESK", now: issuedAt, random })
const secondLater = (ms: number) => new Date(issuedAt.getTime() + ms)

function answer(cert: IssuedCertificate, key: string, signedAt = secondLater(20_000), signed: IdentityChallenge = challenge) {
  return signIdentityChallenge({ challenge: signed, privateKeyPem: key, certificate_serial: cert.serial, signed_at: signedAt })
}

function verify(overrides: Partial<VerifyIdentityChallengeInput> = {}) {
  return verifyIdentityChallengeResponse({
    challenge,
    consumed_at: null,
    record: answer(certExpert, keyExpert()),
    certificatePem: certExpert.pem,
    trust: ca.trust,
    revocation: null,
    now: secondLater(30_000),
    ...overrides,
  })
}

describe("createIdentityChallenge", () => {
  it("is the caller's random bytes as hex, with the issue time and the default 5-minute expiry", () => {
    expect(challenge).toEqual({
      kind: "govmall.expert_identity_challenge",
      nonce: Array.from(random, (byte) => byte.toString(16).padStart(2, "0")).join(""),
      expert_id: "EXP-0007",
      purpose: "evaluation:panel_01JBXDESK",
      issued_at: "2026-10-27T01:00:00.000Z",
      expires_at: new Date(issuedAt.getTime() + DEFAULT_CHALLENGE_TTL_MS).toISOString(),
    })
    expect(createIdentityChallenge({ expert_id: "EXP-0007", purpose: "p", now: issuedAt, random, ttl_ms: 60_000 }).expires_at).toBe("2026-10-27T01:01:00.000Z")
  })

  it.each([
    ["fewer than 16 random bytes", { random: new Uint8Array(15) }],
    ["no random bytes", { random: undefined as any }],
    ["a zero ttl", { ttl_ms: 0 }],
    ["a fractional ttl", { ttl_ms: 1.5 }],
  ])("refuses %s", (_case, overrides) => {
    expect(() => createIdentityChallenge({ expert_id: "EXP-0007", purpose: "p", now: issuedAt, random, ...overrides })).toThrow(TypeError)
  })
})

describe("verifyIdentityChallengeResponse", () => {
  it("the expert's signature over the stored challenge, in time, first use: valid, naming the expert", () => {
    const result = verify()
    expect(result.valid).toBe(true)
    expect(result.reasons).toEqual([])
    expect(result.signer).toMatchObject({ kind: "expert", subject_id: "EXP-0007", display_name: "王建国" })
  })

  const otherExpert = issue({ kind: "expert", subject_id: "EXP-0099", display_name: "李晓梅" }, "expert-li", "1e99")
  const otherNonce = createIdentityChallenge({ expert_id: "EXP-0007", purpose: "evaluation:panel_01JBXDESK", now: issuedAt, random: new Uint8Array(32).fill(7) })
  const otherPurpose = { ...challenge, purpose: "evaluation:panel_OTHER" }

  it.each<[string, () => Partial<VerifyIdentityChallengeInput>, string[]]>([
    ["answered after the expiry", () => ({ now: secondLater(DEFAULT_CHALLENGE_TTL_MS + 1) }), ["challenge_expired"]],
    ["answered a second time", () => ({ consumed_at: secondLater(25_000) }), ["challenge_used"]],
    ["signed before the challenge was issued", () => ({ record: answer(certExpert, keyExpert(), secondLater(-1)) }), ["signed_outside_challenge"]],
    ["signed after it expired", () => ({ record: answer(certExpert, keyExpert(), secondLater(DEFAULT_CHALLENGE_TTL_MS + 1)), now: secondLater(DEFAULT_CHALLENGE_TTL_MS + 2) }), ["challenge_expired", "signed_outside_challenge"]],
    ["a signature of another challenge (another nonce)", () => ({ record: answer(certExpert, keyExpert(), secondLater(20_000), otherNonce) }), ["signature:digest_mismatch"]],
    ["a signature made for another panel", () => ({ record: answer(certExpert, keyExpert(), secondLater(20_000), otherPurpose) }), ["signature:digest_mismatch"]],
    ["another expert's certificate", () => ({ record: answer(otherExpert, keyPair("expert-li").privateKeyPem), certificatePem: otherExpert.pem }), ["signature:wrong_signer"]],
    ["a supplier's certificate", () => ({ record: answer(certA, keyA()), certificatePem: certA.pem }), ["signature:wrong_signer"]],
    ["another key under the expert's serial", () => ({ record: answer(certExpert, keyA()) }), ["signature:bad_signature"]],
    ["a certificate revoked before the answer", () => ({ revocation: { revoked_at: secondLater(10_000), reason: "keyCompromise" } }), ["signature:revoked"]],
  ])("%s: refused", (_case, overrides, codes) => {
    const result = verify(overrides())
    expect(result.valid).toBe(false)
    expect(result.reasons.map((reason) => (reason.signature_code ? `${reason.code}:${reason.signature_code}` : reason.code))).toEqual(codes)
  })
})
