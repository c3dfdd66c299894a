import { randomBytes } from "node:crypto"
import { isDomainError } from "@govmall/procurement-core/domain/domain-error"
import { ca, certA, certB, context, issue, keyA, keyB, sealedPayload, supplierA } from "../__tests__/sealed-response-fixtures"
import { issueCertificate } from "../issue-certificate"
import { openSealedEnvelope, SealedEnvelopeError } from "../open-envelope"
import { base64ToBytes, bytesToBase64, type SealedEnvelope } from "../sealed-envelope"
import { createCsr } from "./create-csr"
import { generateKeyPairWithWebCrypto } from "./generate-key-pair"
import { sealPayload, SealingError, unwrapContentKey } from "./seal-envelope"

const seal = (payload: unknown = sealedPayload, certificatePem = certA.pem) =>
  sealPayload({ payload, recipientCertificatePem: certificatePem, context })

function flipByte(base64: string, index = 0): string {
  const bytes = base64ToBytes(base64)!
  bytes[index] ^= 0x01
  return bytesToBase64(bytes)
}

function openError(envelope: unknown, content_key: unknown, expected?: Parameters<typeof openSealedEnvelope>[0]["expected"]) {
  try {
    openSealedEnvelope({ envelope, content_key, expected })
  } catch (error) {
    return error as SealedEnvelopeError
  }
  throw new Error("the envelope opened")
}

describe("seal → unwrap → open", () => {
  let envelope: SealedEnvelope
  let contentKey: string
  beforeAll(async () => {
    envelope = await seal()
    contentKey = await unwrapContentKey(envelope, keyA())
  })

  it("gives back exactly the sealed payload, with the verified commitment", () => {
    const opened = openSealedEnvelope({ envelope, content_key: contentKey, expected: { context, recipient: { certificate_serial: certA.serial } } })
    expect(opened.payload).toEqual(sealedPayload)
    expect(opened.payload_sha256).toBe(envelope.payload_sha256)
  })

  it("names the recipient certificate and the algorithms, and binds the context", () => {
    expect(envelope).toMatchObject({
      v: 1,
      alg: "A256GCM",
      key_wrap: "RSA-OAEP-256",
      recipient: { certificate_serial: certA.serial, certificate_fingerprint_sha256: certA.fingerprint_sha256 },
      context,
    })
    expect(base64ToBytes(envelope.iv)).toHaveLength(12)
    expect(base64ToBytes(envelope.wrapped_key)).toHaveLength(256) // RSA-2048
  })

  it("uses a fresh key, IV and salt every time: the same payload seals to unrelated envelopes", async () => {
    const again = await seal()
    for (const field of ["iv", "ciphertext", "wrapped_key", "key_sha256", "payload_sha256"] as const) {
      expect(again[field]).not.toBe(envelope[field])
    }
  })

  it("works with a WebCrypto key pair (PKCS#8) as the browser makes it, and with a non-extractable CryptoKey", async () => {
    const keys = await generateKeyPairWithWebCrypto()
    const cert = issueCertificate({ csrPem: createCsr(keys.privateKeyPem), subject: supplierA, issuer: ca.issuer, serial: "1a09", now: new Date("2026-09-01T00:00:00Z") })
    const sealed = await seal({ unit_price_fen: 1 }, cert.pem)
    const key = await unwrapContentKey(sealed, keys.privateKeyPem)
    expect(openSealedEnvelope({ envelope: sealed, content_key: key }).payload).toEqual({ unit_price_fen: 1 })

    const der = base64ToBytes(keys.privateKeyPem.replace(/-----[^-]+-----|\s/g, ""))!
    const cryptoKey = await crypto.subtle.importKey("pkcs8", new Uint8Array(der), { name: "RSA-OAEP", hash: "SHA-256" }, false, ["decrypt"])
    expect(await unwrapContentKey(sealed, cryptoKey)).toBe(key)
  })

  it("another supplier's private key does not unwrap it", async () => {
    await expect(unwrapContentKey(envelope, keyB())).rejects.toMatchObject({ name: "SealingError", code: "wrong_key" })
  })

  it("a content key other than the envelope's is refused before decrypting (wrong_key, a 400)", async () => {
    const other = await unwrapContentKey(await seal(sealedPayload, certB.pem), keyB())
    for (const key of [other, randomBytes(32).toString("base64")]) {
      const error = openError(envelope, key)
      expect(error).toBeInstanceOf(SealedEnvelopeError)
      expect(error).toMatchObject({ code: "wrong_key", kind: "invalid_data" })
      expect(isDomainError(error)).toBe(true)
    }
  })

  it.each([
    ["not base64", "%%%"],
    ["31 bytes", randomBytes(31).toString("base64")],
    ["a number", 42],
    ["missing", undefined],
  ])("a content key that is %s is malformed_key", (_case, key) => {
    expect(openError(envelope, key).code).toBe("malformed_key")
  })

  it.each([
    ["the ciphertext", (e: SealedEnvelope) => ({ ...e, ciphertext: flipByte(e.ciphertext, 3) })],
    ["the GCM tag", (e: SealedEnvelope) => ({ ...e, ciphertext: flipByte(e.ciphertext, base64ToBytes(e.ciphertext)!.length - 1) })],
    ["the iv", (e: SealedEnvelope) => ({ ...e, iv: flipByte(e.iv) })],
    ["the context (additional data)", (e: SealedEnvelope) => ({ ...e, context: { ...e.context, lot_id: "lot_01JBX2026DESK2" } })],
  ])("tampering with %s fails authentication (tampered_ciphertext)", (_case, tamper) => {
    expect(openError(tamper(envelope), contentKey).code).toBe("tampered_ciphertext")
  })

  it("tampering with the wrapped key: the supplier cannot unwrap it", async () => {
    const tampered = { ...envelope, wrapped_key: flipByte(envelope.wrapped_key, 100) }
    await expect(unwrapContentKey(tampered, keyA())).rejects.toMatchObject({ code: "wrong_key" })
  })

  it("tampering with the key commitment: the true key no longer opens it, and the client notices", async () => {
    const tampered = { ...envelope, key_sha256: "0".repeat(64) }
    expect(openError(tampered, contentKey).code).toBe("wrong_key")
    await expect(unwrapContentKey(tampered, keyA())).rejects.toMatchObject({ code: "tampered_ciphertext" })
  })

  it("content that is not the committed content fails (commitment_mismatch): a swapped ciphertext under its own key", async () => {
    const cheaper = await seal({ ...sealedPayload, unit_price_fen: 399_900 })
    const swapped = { ...cheaper, payload_sha256: envelope.payload_sha256 }
    expect(openError(swapped, await unwrapContentKey(cheaper, keyA())).code).toBe("commitment_mismatch")
  })

  it.each([
    ["version 2", { v: 2 }, "unsupported_version"],
    ["another cipher", { alg: "A128CBC-HS256" }, "unsupported_version"],
    ["another key wrap", { key_wrap: "RSA1_5" }, "unsupported_version"],
    ["no recipient", { recipient: undefined }, "malformed_envelope"],
    ["a short iv", { iv: bytesToBase64(new Uint8Array(8)) }, "malformed_envelope"],
    ["a ciphertext without tag", { ciphertext: bytesToBase64(new Uint8Array(16)) }, "malformed_envelope"],
    ["a non-hex commitment", { payload_sha256: "Z".repeat(64) }, "malformed_envelope"],
    ["a context with a number", { context: { lot: 1 } }, "malformed_envelope"],
  ])("an envelope with %s is refused with a typed error", async (_case, change, code) => {
    const changed = { ...envelope, ...change }
    expect(openError(changed, contentKey).code).toBe(code)
    await expect(unwrapContentKey(changed as SealedEnvelope, keyA())).rejects.toMatchObject({ code })
  })

  it("a non-object is malformed_envelope", () => {
    expect(openError("envelope", contentKey).code).toBe("malformed_envelope")
    expect(openError(null, contentKey).code).toBe("malformed_envelope")
  })

  it("the opener's own records must match: another recipient or context is refused before decrypting", () => {
    expect(openError(envelope, contentKey, { recipient: { certificate_serial: certB.serial } }).code).toBe("recipient_mismatch")
    expect(openError(envelope, contentKey, { context: { ...context, supplier_organization_id: "org_other" } }).code).toBe("context_mismatch")
    expect(openError(envelope, contentKey, { context: { solicitation_id: context.solicitation_id, lot_id: context.lot_id } }).code).toBe("context_mismatch")
  })

  it("refuses to seal what has no JSON form, or to a certificate it cannot read", async () => {
    await expect(seal({ price: Number.NaN })).rejects.toMatchObject({ code: "unsealable_payload" })
    await expect(sealPayload({ payload: {}, recipientCertificatePem: certA.pem, context: { lot_id: 7 } as any })).rejects.toMatchObject({ code: "malformed_envelope" })
    await expect(seal(sealedPayload, "not a certificate")).rejects.toBeInstanceOf(SealingError)
    await expect(unwrapContentKey(envelope, "not a key")).rejects.toMatchObject({ code: "bad_private_key" })
  })

  it("a certificate issued to someone else still seals, but only its holder can open it (the server checks the recipient)", async () => {
    const toB = await seal(sealedPayload, issue(supplierA, "supplier-b", "1a0b").pem)
    await expect(unwrapContentKey(toB, keyA())).rejects.toMatchObject({ code: "wrong_key" })
    expect(openSealedEnvelope({ envelope: toB, content_key: await unwrapContentKey(toB, keyB()) }).payload).toEqual(sealedPayload)
  })
})
