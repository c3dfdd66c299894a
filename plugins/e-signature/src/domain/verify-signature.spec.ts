import forge from "node-forge"
import { keyPair, makeTestCa } from "./__tests__/test-ca"
import { createCsr } from "./client/create-csr"
import { signDocument } from "./client/sign-document"
import { SubjectIdentity } from "./certificate-subject"
import { issueCertificate, IssuedCertificate } from "./issue-certificate"
import { checkSigningTimeOnReceipt, verifySignature, VerifySignatureInput } from "./verify-signature"

const issuedAt = new Date("2026-09-01T00:00:00Z")
const signedAt = new Date("2026-09-30T01:30:00Z")
const verifiedAt = new Date("2026-10-08T08:00:00Z")
const ca = makeTestCa()
const foreignCa = makeTestCa()

const supplierA: SubjectIdentity = {
  kind: "organization",
  subject_id: "91110108MA01ABCD2H",
  display_name: "北京智联办公设备有限公司",
  organization_kind: "supplier",
}
const supplierB: SubjectIdentity = {
  kind: "organization",
  subject_id: "91440300MA5F6789XQ",
  display_name: "深圳华南商贸有限公司",
  organization_kind: "supplier",
}

function issue(subject: SubjectIdentity, key: string, serial: string, issuer = ca.issuer, days = 365): IssuedCertificate {
  return issueCertificate({ csrPem: createCsr(keyPair(key).privateKeyPem), subject, issuer, serial, now: issuedAt, validityDays: days })
}

const certA = issue(supplierA, "supplier-a", "0a01")
const certB = issue(supplierB, "supplier-b", "0b01")
const certAShort = issue(supplierA, "supplier-a", "0a02", ca.issuer, 10)
const certAForeign = issue(supplierA, "supplier-a", "0a03", foreignCa.issuer)

const bid = { tender_id: "TND-2026-0042", supplier_uscc: "91110108MA01ABCD2H", price_fen: 1_234_567, items: ["台式计算机", "打印机"] }

function signed(cert: IssuedCertificate, key: string, at = signedAt, document: unknown = bid) {
  return signDocument({ document, privateKeyPem: keyPair(key).privateKeyPem, certificate_serial: cert.serial, signed_at: at })
}

function check(overrides: Partial<VerifySignatureInput> & { cert?: IssuedCertificate; record?: ReturnType<typeof signed> } = {}) {
  const cert = overrides.cert ?? certA
  const record = overrides.record ?? signed(cert, "supplier-a")
  return verifySignature({
    document: bid,
    ...record,
    certificatePem: cert.pem,
    trust: ca.trust,
    revocation: null,
    expected_subject_id: supplierA.subject_id,
    now: verifiedAt,
    ...overrides,
  })
}

describe("verifySignature", () => {
  it("sign → verify: valid, with the signer read from the certificate", () => {
    const result = check()
    expect(result).toMatchObject({ valid: true, reasons: [] })
    expect(result.signer).toMatchObject({
      kind: "organization",
      subject_id: "91110108MA01ABCD2H",
      display_name: "北京智联办公设备有限公司",
      certificate_serial: "0a01",
      fingerprint_sha256: certA.fingerprint_sha256,
    })
  })

  it("the key order of the document does not matter (canonical JSON)", () => {
    const reordered = { items: bid.items, price_fen: bid.price_fen, supplier_uscc: bid.supplier_uscc, tender_id: bid.tender_id }
    expect(check({ document: reordered }).valid).toBe(true)
  })

  it.each<[string, () => Parameters<typeof check>[0], string[]]>([
    ["a tampered document", () => ({ document: { ...bid, price_fen: 1_234_566 } }), ["digest_mismatch"]],
    ["a signature by another key", () => ({ record: signed(certA, "supplier-b") }), ["bad_signature"]],
    ["a garbage signature", () => ({ signature: "AAAA" }), ["bad_signature"]],
    ["another party's certificate (collusion clue)", () => ({ cert: certB, record: signed(certB, "supplier-b") }), ["wrong_signer"]],
    [
      "signing after notAfter",
      () => ({ cert: certAShort, record: signed(certAShort, "supplier-a", new Date("2026-09-12T00:00:00Z")) }),
      ["expired"],
    ],
    ["signing before notBefore", () => ({ record: signed(certA, "supplier-a", new Date("2026-08-31T23:59:59Z")) }), ["not_yet_valid"]],
    [
      "revoked before the signing time",
      () => ({ revocation: { revoked_at: new Date("2026-09-29T00:00:00Z"), reason: "keyCompromise" as const } }),
      ["revoked"],
    ],
    ["revoked exactly at the signing time", () => ({ revocation: { revoked_at: signedAt, reason: "superseded" as const } }), ["revoked"]],
    [
      "a certificate from a foreign CA",
      () => ({ cert: certAForeign, record: signed(certAForeign, "supplier-a") }),
      ["untrusted_chain"],
    ],
    ["trust anchors of a foreign CA", () => ({ trust: foreignCa.trust }), ["untrusted_chain"]],
    ["a record naming another serial", () => ({ certificate_serial: "0a99" }), ["untrusted_chain"]],
    ["a signing time in the future", () => ({ now: new Date("2026-09-30T01:00:00Z") }), ["signed_in_future"]],
    ["an unknown algorithm", () => ({ algorithm: "SM2-SM3" }), ["unsupported_algorithm"]],
    ["a malformed signing time", () => ({ signed_at: "yesterday" }), ["malformed"]],
    ["the wrong expected kind", () => ({ expected_subject_kind: "expert" as const }), ["wrong_signer"]],
  ])("%s → %j", (_case, overrides, codes) => {
    const result = check(overrides())
    expect(result.valid).toBe(false)
    expect(result.reasons.map((reason) => reason.code)).toEqual(codes)
  })

  it("a certificate revoked AFTER the signing time still verifies, and the result shows the revocation", () => {
    const revocation = { revoked_at: new Date("2026-10-01T00:00:00Z"), reason: "affiliationChanged" as const }
    const result = check({ revocation })
    expect(result.valid).toBe(true)
    expect(result.signer).toMatchObject({ revoked_at: revocation.revoked_at, revocation_reason: "affiliationChanged" })
  })

  it("wrong_signer names the certificate's actual owner", () => {
    const result = check({ cert: certB, record: signed(certB, "supplier-b") })
    expect(result.reasons[0].message).toContain("91440300MA5F6789XQ")
    expect(result.signer?.subject_id).toBe("91440300MA5F6789XQ")
  })

  it("a CA certificate presented as the signer's is untrusted", () => {
    const result = check({ certificatePem: ca.issuingCaPem, certificate_serial: forge.pki.certificateFromPem(ca.issuingCaPem).serialNumber })
    expect(result.valid).toBe(false)
    expect(result.reasons.map((reason) => reason.code)).toContain("untrusted_chain")
  })

  it("an unparseable certificate is malformed, without throwing", () => {
    expect(check({ certificatePem: "nope" }).reasons.map((r) => r.code)).toEqual(["malformed"])
  })
})

describe("checkSigningTimeOnReceipt", () => {
  const now = new Date("2026-09-30T01:30:00Z")
  it.each([
    ["the same instant", "2026-09-30T01:30:00Z", true],
    ["4 minutes early", "2026-09-30T01:26:00Z", true],
    ["10 minutes early (backdated)", "2026-09-30T01:20:00Z", false],
    ["10 minutes late", "2026-09-30T01:40:00Z", false],
    ["not a date", "soon", false],
  ])("%s → %s", (_case, signedAtText, ok) => {
    expect(checkSigningTimeOnReceipt(signedAtText, now).ok).toBe(ok)
  })
})
