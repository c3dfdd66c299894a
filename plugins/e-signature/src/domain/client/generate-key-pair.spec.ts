import forge from "node-forge"
import { canonicalJson } from "@govmall/procurement-core/domain/canonical-json"
import { makeTestCa } from "../__tests__/test-ca"
import { SubjectIdentity } from "../certificate-subject"
import { issueCertificate } from "../issue-certificate"
import { verifySignature } from "../verify-signature"
import { createCsr } from "./create-csr"
import { generateKeyPairWithWebCrypto } from "./generate-key-pair"
import { signDocument } from "./sign-document"

const ca = makeTestCa()
const now = new Date("2026-09-30T01:30:00Z")
const expert: SubjectIdentity = { kind: "expert", subject_id: "exp_01J9ZK", display_name: "王晓明" }
const contract = { contract_id: "CT-2026-0007", 甲方: "北京市海淀区教育委员会", 乙方: "北京智联办公设备有限公司", amount_fen: 4_599_000, lines: [{ sku: "PC-01", qty: 10 }] }

describe("generateKeyPairWithWebCrypto", () => {
  let keys: Awaited<ReturnType<typeof generateKeyPairWithWebCrypto>>
  beforeAll(async () => {
    keys = await generateKeyPairWithWebCrypto()
  }, 30_000)

  it("makes a 2048-bit RSA key as PKCS#8 + SPKI PEM that node-forge reads", () => {
    expect(keys.privateKeyPem).toMatch(/^-----BEGIN PRIVATE KEY-----\r?\n/)
    expect(keys.publicKeyPem).toMatch(/^-----BEGIN PUBLIC KEY-----\r?\n/)
    const privateKey = forge.pki.privateKeyFromPem(keys.privateKeyPem)
    expect(privateKey.n.bitLength()).toBe(2048)
    expect(privateKey.e.toString(16)).toBe("10001")
    expect(forge.pki.publicKeyToPem(forge.pki.setRsaPublicKey(privateKey.n, privateKey.e))).toBe(keys.publicKeyPem)
  })

  it("gives a CSR that the platform's issuing code accepts, for exactly that public key", () => {
    const csrPem = createCsr(keys.privateKeyPem, { commonName: "王晓明" })
    const issued = issueCertificate({ csrPem, subject: expert, issuer: ca.issuer, serial: "6b01", now })
    const certificate = forge.pki.certificateFromPem(issued.pem)
    expect(forge.pki.publicKeyToPem(certificate.publicKey)).toBe(keys.publicKeyPem)
    expect(forge.pki.certificateFromPem(ca.issuingCaPem).verify(certificate)).toBe(true)
  })

  it("signs a document the server's verifySignature accepts; the bytes equal WebCrypto's own RSASSA-PKCS1-v1_5 signature", async () => {
    const issued = issueCertificate({ csrPem: createCsr(keys.privateKeyPem), subject: expert, issuer: ca.issuer, serial: "6b02", now })
    const record = signDocument({ document: contract, privateKeyPem: keys.privateKeyPem, certificate_serial: issued.serial, signed_at: now })
    const result = verifySignature({
      document: contract, ...record, certificatePem: issued.pem, trust: ca.trust, revocation: null,
      expected_subject_id: expert.subject_id, expected_subject_kind: "expert", now,
    })
    expect(result).toMatchObject({ valid: true, reasons: [], signer: { subject_id: expert.subject_id, certificate_serial: "6b02" } })

    // PKCS#1 v1.5 is deterministic: WebCrypto signing the canonical JSON gives the same signature.
    const subtle = globalThis.crypto.subtle
    const privateKey = await subtle.importKey(
      "pkcs8",
      Uint8Array.from(forge.util.decode64(keys.privateKeyPem.replace(/-----[^-]+-----|\s/g, "")), (c) => c.charCodeAt(0)),
      { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" },
      false,
      ["sign"]
    )
    const webCryptoSignature = await subtle.sign("RSASSA-PKCS1-v1_5", privateKey, new TextEncoder().encode(canonicalJson(contract)))
    expect(Buffer.from(webCryptoSignature).toString("base64")).toBe(record.signature)
  })

  it("makes larger keys on request", async () => {
    const big = await generateKeyPairWithWebCrypto({ bits: 3072 })
    expect(forge.pki.privateKeyFromPem(big.privateKeyPem).n.bitLength()).toBe(3072)
  }, 60_000)

  it("says where WebCrypto is missing (browsers offer it only on HTTPS or localhost)", async () => {
    vi.stubGlobal("crypto", undefined)
    try {
      await expect(generateKeyPairWithWebCrypto()).rejects.toThrow(/crypto\.subtle.*HTTPS or localhost/)
    } finally {
      vi.unstubAllGlobals()
    }
  })
})
