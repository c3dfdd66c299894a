import { ca, certA, certB, certExpert, context, foreignCa, issue, keyA, keyB, keyExpert, openedAt, plaintextFields, sealedPayload, submittedAt, supplierA } from "./__tests__/sealed-response-fixtures"
import { sealPayload } from "./client/seal-envelope"
import { signSealedResponse } from "./client/sign-response"
import type { IssuedCertificate } from "./issue-certificate"
import { envelopeDigest, responseSigningPayload } from "./response-signing-payload"
import type { SealedEnvelope } from "./sealed-envelope"
import { verifyResponseSignature, type VerifyResponseSignatureInput } from "./verify-response-signature"

let envelopeToA: SealedEnvelope
let envelopeToB: SealedEnvelope
let cheaperToA: SealedEnvelope

beforeAll(async () => {
  const seal = (payload: unknown, cert: IssuedCertificate) => sealPayload({ payload, recipientCertificatePem: cert.pem, context })
  ;[envelopeToA, envelopeToB, cheaperToA] = await Promise.all([
    seal(sealedPayload, certA),
    seal(sealedPayload, certB),
    seal({ ...sealedPayload, unit_price_fen: 399_900 }, certA),
  ])
})

const response = (envelope: SealedEnvelope, overrides: Record<string, unknown> = {}) => ({ ...context, plaintext: plaintextFields, envelope, ...overrides })

function sign(envelope: SealedEnvelope, cert: IssuedCertificate, privateKeyPem: string, at = submittedAt) {
  return signSealedResponse({ ...response(envelope), privateKeyPem, certificate_serial: cert.serial, signed_at: at })
}

function verify(overrides: Partial<VerifyResponseSignatureInput> = {}) {
  return verifyResponseSignature({
    response: response(envelopeToA),
    record: sign(envelopeToA, certA, keyA()),
    supplier_uscc: supplierA.subject_id,
    certificatePem: certA.pem,
    trust: ca.trust,
    revocation: null,
    now: openedAt,
    ...overrides,
  })
}

describe("responseSigningPayload", () => {
  it("covers the ids, the clear fields and the hash of the whole envelope — never the sealed content", () => {
    const payload = responseSigningPayload(response(envelopeToA))
    expect(payload).toEqual({
      kind: "govmall.sealed_response",
      v: 1,
      ...context,
      plaintext: plaintextFields,
      envelope_sha256: envelopeDigest(envelopeToA),
    })
    expect(JSON.stringify(payload)).not.toContain("459900")
  })

  it("the envelope hash changes with any envelope field and ignores key order", () => {
    const reordered = Object.fromEntries(Object.entries(envelopeToA).reverse()) as SealedEnvelope
    expect(envelopeDigest(reordered)).toBe(envelopeDigest(envelopeToA))
    for (const field of ["ciphertext", "wrapped_key", "iv", "key_sha256", "payload_sha256"] as const) {
      expect(envelopeDigest({ ...envelopeToA, [field]: cheaperToA[field] })).not.toBe(envelopeDigest(envelopeToA))
    }
  })
})

describe("verifyResponseSignature", () => {
  it("a response sealed to and signed with the supplier's own certificate is valid, naming the organization", () => {
    expect(verify()).toMatchObject({
      valid: true,
      reason: null,
      reasons: [],
      foreign_certificate: false,
      certificate_subject_org: { uscc: supplierA.subject_id, display_name: supplierA.display_name, role: "supplier" },
      certificate_serial: certA.serial,
      certificate_fingerprint_sha256: certA.fingerprint_sha256,
    })
  })

  it.each([
    ["the sealed content swapped after signing (another envelope)", () => ({ response: response(cheaperToA) })],
    ["a clear field changed after signing", () => ({ response: response(envelopeToA, { plaintext: { ...plaintextFields, product: { brand: "联想", model: "开天M90" } } }) })],
    ["the signature moved to another lot", () => ({ response: response(envelopeToA, { lot_id: "lot_01JBX2026DESK2" }) })],
    ["the signature moved to another solicitation", () => ({ response: response(envelopeToA, { solicitation_id: "sol_other" }) })],
  ])("%s: digest_mismatch, invalid", (_case, overrides) => {
    expect(verify(overrides())).toMatchObject({ valid: false, reason: "digest_mismatch", foreign_certificate: false })
  })

  it("signed with another supplier's certificate: flagged as foreign, naming that supplier (collusion clue)", () => {
    const result = verify({ response: response(envelopeToB), record: sign(envelopeToB, certB, keyB()), certificatePem: certB.pem })
    expect(result).toMatchObject({
      valid: false,
      reason: "wrong_signer",
      foreign_certificate: true,
      certificate_subject_org: { uscc: certB.identity.subject_id, display_name: "深圳华南商贸有限公司" },
    })
  })

  it("signed with an expert's certificate: foreign, and no organization named", () => {
    const result = verify({ record: sign(envelopeToA, certExpert, keyExpert()), certificatePem: certExpert.pem })
    expect(result).toMatchObject({ valid: false, foreign_certificate: true, certificate_subject_org: null })
    expect(result.reasons.map((reason) => reason.code)).toEqual(["wrong_signer", "recipient_mismatch"])
  })

  it("sealed to another certificate than the one that signed: recipient_mismatch", () => {
    const result = verify({ response: response(envelopeToB), record: sign(envelopeToB, certA, keyA()) })
    expect(result).toMatchObject({ valid: false, reason: "recipient_mismatch", foreign_certificate: false })
  })

  it("a signature by another key under the supplier's certificate serial: bad_signature", () => {
    const forged = sign(envelopeToA, certA, keyB())
    expect(verify({ record: forged })).toMatchObject({ valid: false, reason: "bad_signature" })
  })

  it("a certificate from another CA: untrusted_chain", () => {
    const foreign = issue(supplierA, "supplier-a", "1a0f", foreignCa.issuer)
    const result = verify({ record: sign(envelopeToA, foreign, keyA()), certificatePem: foreign.pem })
    expect(result.valid).toBe(false)
    expect(result.reasons.map((reason) => reason.code)).toContain("untrusted_chain")
  })

  it.each([
    ["before the signing: refused", new Date(submittedAt.getTime() - 1), false],
    ["at the signing instant: refused", submittedAt, false],
    ["after the signing: still valid", new Date(submittedAt.getTime() + 1), true],
  ])("revoked %s", (_case, revokedAt, valid) => {
    const result = verify({ revocation: { revoked_at: revokedAt, reason: "keyCompromise" } })
    expect(result.valid).toBe(valid)
    if (!valid) expect(result.reason).toBe("revoked")
  })
})
