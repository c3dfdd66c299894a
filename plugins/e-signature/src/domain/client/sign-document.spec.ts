import { digestOf } from "@govmall/procurement-core/domain/canonical-json"
import { keyPair } from "../__tests__/test-ca"
import { rsaSha256 } from "../signature-algorithm"
import { signDocument } from "./sign-document"

describe("signDocument", () => {
  const key = keyPair("client")
  const document = { contract_id: "CT-1", amount_fen: 100_000, 甲方: "北京市海淀区教育委员会" }

  it("signs SHA-256(canonical JSON) and returns a SignedRecord", () => {
    const record = signDocument({ document, privateKeyPem: key.privateKeyPem, certificate_serial: "0A01", signed_at: new Date("2026-09-30T01:30:00Z") })
    expect(record).toMatchObject({ certificate_serial: "0a01", signed_at: "2026-09-30T01:30:00.000Z", algorithm: "RSA-SHA256" })
    expect(rsaSha256.verify(digestOf(document), record.signature, key.publicKeyPem)).toBe(true)
  })

  it.each([
    ["an invalid signing time", { signed_at: new Date("x") }, /signed_at/],
    ["an unknown algorithm", { algorithm: "SM2-SM3" }, /unsupported/],
    ["a document with no JSON form", { document: { amount: Number.NaN } }, /canonical JSON/],
  ])("refuses %s", (_case, overrides, message) => {
    expect(() =>
      signDocument({ document, privateKeyPem: key.privateKeyPem, certificate_serial: "0a01", signed_at: new Date(), ...(overrides as object) })
    ).toThrow(message)
  })
})
