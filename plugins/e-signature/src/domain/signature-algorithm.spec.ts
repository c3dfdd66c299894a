import { digestOf } from "@govmall/procurement-core/domain/canonical-json"
import { keyPair } from "./__tests__/test-ca"
import { rsaSha256, signatureAlgorithm } from "./signature-algorithm"

describe("rsaSha256", () => {
  const alice = keyPair("alice")
  const mallory = keyPair("mallory")
  const digest = digestOf({ bid: "BID-1", price_fen: 123456 })
  const otherDigest = digestOf({ bid: "BID-1", price_fen: 123457 })
  const signature = rsaSha256.sign(digest, alice.privateKeyPem)

  it.each([
    ["the signed digest and the signer's key", digest, signature, alice.publicKeyPem, true],
    ["another digest", otherDigest, signature, alice.publicKeyPem, false],
    ["another key", digest, signature, mallory.publicKeyPem, false],
    ["a signature that is not base64", digest, "not base64!", alice.publicKeyPem, false],
    ["an empty signature", digest, "", alice.publicKeyPem, false],
  ])("verify with %s → %s", (_case, d, s, key, expected) => {
    expect(rsaSha256.verify(d, s, key)).toBe(expected)
  })

  it.each([
    ["the signer's key recovers the signed digest", alice.publicKeyPem, digest],
    ["another key recovers nothing", mallory.publicKeyPem, null],
  ])("recoverDigest: %s", (_case, key, expected) => {
    expect(rsaSha256.recoverDigest!(signature, key)).toBe(expected)
  })

  it.each([
    ["2048-bit RSA", keyPair("alice").publicKeyPem, true],
    ["1024-bit RSA", keyPair("weak", 1024).publicKeyPem, false],
    ["not a key", "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----", false],
  ])("acceptsKey(%s) → %s", (_case, pem, ok) => {
    expect(rsaSha256.acceptsKey(pem).ok).toBe(ok)
  })

  it("refuses to sign something that is not a SHA-256 hex digest", () => {
    expect(() => rsaSha256.sign("abc", alice.privateKeyPem)).toThrow(/64 lower-case hex/)
  })

  it.each([
    ["RSA-SHA256", "RSA-SHA256"],
    ["SM2-SM3", null],
    ["rsa-sha256", null],
  ])("signatureAlgorithm(%s)", (id, expected) => {
    expect(signatureAlgorithm(id)?.id ?? null).toBe(expected)
  })
})
