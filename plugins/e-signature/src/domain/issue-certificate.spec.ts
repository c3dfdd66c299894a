import forge from "node-forge"
import { keyPair, makeTestCa } from "./__tests__/test-ca"
import { createCsr } from "./client/create-csr"
import { identityFromSubject, SubjectIdentity } from "./certificate-subject"
import {
  CertificateRequestError,
  issueCertificate,
  IssueCertificateInput,
  serialFromRandomBytes,
} from "./issue-certificate"

const ca = makeTestCa()
const now = new Date("2026-09-30T01:30:00.250Z")
const supplier: SubjectIdentity = {
  kind: "organization",
  subject_id: "91110108MA01ABCD2H",
  display_name: "北京智联办公设备有限公司",
  organization_kind: "supplier",
}

function input(overrides: Partial<IssueCertificateInput> = {}): IssueCertificateInput {
  return {
    csrPem: createCsr(keyPair("supplier").privateKeyPem),
    subject: supplier,
    issuer: ca.issuer,
    serial: "4a1b2c3d4e5f60718293a4b5c6d7e8f9",
    now,
    ...overrides,
  }
}

function tamperedCsr(): string {
  const csr = forge.pki.certificationRequestFromPem(createCsr(keyPair("supplier").privateKeyPem))
  const signature = csr.signature as string
  csr.signature = signature.slice(0, -1) + String.fromCharCode(signature.charCodeAt(signature.length - 1) ^ 0xff)
  return forge.pki.certificationRequestToPem(csr)
}

describe("issueCertificate", () => {
  it("issues a certificate with the platform's subject, Chinese names intact, chained to the issuing CA", () => {
    const issued = issueCertificate(input())
    const cert = forge.pki.certificateFromPem(issued.pem)
    expect(identityFromSubject(cert.subject.attributes)).toEqual({
      kind: "organization",
      subject_id: "91110108MA01ABCD2H",
      display_name: "北京智联办公设备有限公司",
      role: "supplier",
    })
    expect(cert.serialNumber).toBe(issued.serial)
    expect(forge.pki.certificateFromPem(ca.issuingCaPem).verify(cert)).toBe(true)
    expect(issued.not_before.toISOString()).toBe("2026-09-30T01:30:00.000Z")
    expect(issued.not_after.toISOString()).toBe("2027-09-30T01:30:00.000Z")
    expect(cert.validity.notAfter.getTime()).toBe(issued.not_after.getTime())
    expect(issued.fingerprint_sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(cert.getExtension("basicConstraints")).toMatchObject({ cA: false, critical: true })
    expect(cert.getExtension("keyUsage")).toMatchObject({ digitalSignature: true, nonRepudiation: true, keyEncipherment: true, keyCertSign: false, dataEncipherment: false })
    expect(cert.getExtension("extKeyUsage")).toMatchObject({ emailProtection: true })
    // The certificate's public key is the CSR's: the platform never sees the private key.
    expect(forge.pki.publicKeyToPem(cert.publicKey)).toBe(keyPair("supplier").publicKeyPem)
  })

  it.each([
    ["30 days", 30, "2026-10-30T01:30:00.000Z"],
    ["default 365 days", undefined, "2027-09-30T01:30:00.000Z"],
  ])("validity %s", (_case, validityDays, notAfter) => {
    expect(issueCertificate(input({ validityDays })).not_after.toISOString()).toBe(notAfter)
  })

  it("never outlives the issuing CA", () => {
    const late = new Date("2035-06-01T00:00:00Z")
    const issuingNotAfter = forge.pki.certificateFromPem(ca.issuingCaPem).validity.notAfter
    expect(issueCertificate(input({ now: late, validityDays: 1000 })).not_after.getTime()).toBe(issuingNotAfter.getTime())
  })

  it("accepts a CSR whose subject names exactly the display name", () => {
    const csrPem = createCsr(keyPair("supplier").privateKeyPem, { commonName: "北京智联办公设备有限公司" })
    expect(issueCertificate(input({ csrPem })).identity.display_name).toBe("北京智联办公设备有限公司")
  })

  it.each([
    ["a CSR with a bad self-signature", () => tamperedCsr(), "bad_csr_signature"],
    ["a 1024-bit key", () => createCsr(keyPair("weak", 1024).privateKeyPem), "weak_key"],
    ["a CSR claiming another name", () => createCsr(keyPair("supplier").privateKeyPem, { commonName: "另一家公司" }), "subject_mismatch"],
    ["something that is not a CSR", () => "-----BEGIN CERTIFICATE REQUEST-----\nAAAA\n-----END CERTIFICATE REQUEST-----", "unparseable_csr"],
  ])("refuses %s (%s)", (_case, makeCsr, code) => {
    let error: unknown
    try {
      issueCertificate(input({ csrPem: makeCsr() }))
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(CertificateRequestError)
    expect((error as CertificateRequestError).code).toBe(code)
    expect((error as CertificateRequestError).kind).toBe("invalid_data")
  })

  it("refuses a CSR whose subject claims a serialNumber (another party's USCC)", () => {
    const privateKey = forge.pki.privateKeyFromPem(keyPair("supplier").privateKeyPem)
    const csr = forge.pki.createCertificationRequest()
    csr.publicKey = forge.pki.setRsaPublicKey(privateKey.n, privateKey.e)
    csr.setSubject([{ name: "serialNumber", value: "USCC:91440300MA5FXXXX1A", valueTagClass: forge.asn1.Type.UTF8 }])
    csr.sign(privateKey, forge.md.sha256.create())
    expect(() => issueCertificate(input({ csrPem: forge.pki.certificationRequestToPem(csr) }))).toThrow(/serialNumber/)
  })

  it.each([
    ["a negative-looking serial", { serial: "ff01" }, /serial/],
    ["zero validity", { validityDays: 0 }, /validity_days/],
    ["a bad USCC", { subject: { ...supplier, subject_id: "X" } }, /USCC/],
    ["an instant before the issuing CA", { now: new Date("2020-01-01T00:00:00Z") }, /not valid/],
  ])("refuses %s", (_case, overrides, message) => {
    expect(() => issueCertificate(input(overrides as Partial<IssueCertificateInput>))).toThrow(message)
  })
})

describe("serialFromRandomBytes", () => {
  it.each([
    [[0xff, 0x01], "7f01"],
    [[0x80, 0xaa], "01aa"],
    [[0x00, 0x00], "0100"],
    [[0x12, 0x34, 0x56], "123456"],
  ])("%j → %s (positive, never a leading zero byte)", (bytes, expected) => {
    expect(serialFromRandomBytes(Uint8Array.from(bytes))).toBe(expected)
  })
})
