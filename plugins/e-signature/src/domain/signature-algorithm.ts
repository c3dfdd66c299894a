/**
 * Signature algorithms behind one interface, so that SM2/SM3 (what Chinese CAs use) can be
 * added next to RSA/SHA-256 without touching the callers.
 *
 * Every algorithm signs a DIGEST that the caller computed (for GovMall: SHA-256 of the
 * canonical JSON of the document), not the document itself. Digests travel as lower-case hex;
 * signatures as base64; keys and certificates as PEM.
 */
import forge from "node-forge"

export const SIGNATURE_ALGORITHM_IDS = ["RSA-SHA256"] as const
export type SignatureAlgorithmId = (typeof SIGNATURE_ALGORITHM_IDS)[number]

export interface SignatureAlgorithm {
  id: SignatureAlgorithmId
  /** The digest the algorithm signs, as hex (SHA-256: 64 hex characters). */
  digestHexLength: number
  /** Signs `digestHex` with the private key; returns the signature as base64. */
  sign(digestHex: string, privateKeyPem: string): string
  /** True when `signatureBase64` is a valid signature of `digestHex` by `publicKeyPem`. */
  verify(digestHex: string, signatureBase64: string, publicKeyPem: string): boolean
  /**
   * The digest a valid-looking signature was made over, when the algorithm allows recovering
   * it (RSA PKCS#1 v1.5 does; SM2 does not — leave it out there). Lets verification tell
   * "the document changed since it was signed" (digest_mismatch) from "this is not a signature
   * by that key" (bad_signature). Returns null when nothing can be recovered.
   */
  recoverDigest?(signatureBase64: string, publicKeyPem: string): string | null
  /** True when the key (a PEM public key) is acceptable for this algorithm. */
  acceptsKey(publicKeyPem: string): { ok: true } | { ok: false; reason: string }
}

export const MIN_RSA_BITS = 2048

const SHA256_OID = "2.16.840.1.101.3.4.2.1"
const HEX_64 = /^[0-9a-f]{64}$/

function digestBytes(digestHex: string): string {
  if (!HEX_64.test(digestHex)) {
    throw new TypeError(`digest must be 64 lower-case hex characters (SHA-256), got ${JSON.stringify(digestHex)}`)
  }
  return forge.util.hexToBytes(digestHex)
}

function base64ToBytes(signatureBase64: string): string | null {
  if (typeof signatureBase64 !== "string" || !/^[A-Za-z0-9+/]+={0,2}$/.test(signatureBase64)) {
    return null
  }
  return forge.util.decode64(signatureBase64)
}

/** RSASSA-PKCS1-v1_5 with SHA-256 (node-forge), keys of at least 2048 bits. */
export const rsaSha256: SignatureAlgorithm = {
  id: "RSA-SHA256",
  digestHexLength: 64,

  sign(digestHex, privateKeyPem) {
    const bytes = digestBytes(digestHex)
    const key = forge.pki.privateKeyFromPem(privateKeyPem)
    // forge signs a message-digest object: hand it one that already holds the digest.
    const md = { algorithm: "sha256", digest: () => forge.util.createBuffer(bytes) }
    return forge.util.encode64(key.sign(md))
  },

  verify(digestHex, signatureBase64, publicKeyPem) {
    const signature = base64ToBytes(signatureBase64)
    if (signature === null) return false
    try {
      const key = forge.pki.publicKeyFromPem(publicKeyPem)
      return key.verify(digestBytes(digestHex), signature) === true
    } catch {
      return false
    }
  },

  recoverDigest(signatureBase64, publicKeyPem) {
    const signature = base64ToBytes(signatureBase64)
    if (signature === null) return null
    try {
      const key = forge.pki.publicKeyFromPem(publicKeyPem)
      // Public-key "decryption" with PKCS#1 v1.5 block type 1 gives the DigestInfo.
      const digestInfo = forge.pki.rsa.decrypt(signature, key, true)
      const asn = forge.asn1.fromDer(digestInfo)
      const algorithmOid = forge.asn1.derToOid(asn.value[0].value[0].value)
      const digest = asn.value[1].value as string
      if (algorithmOid !== SHA256_OID || digest.length !== 32) return null
      return forge.util.bytesToHex(digest)
    } catch {
      return null
    }
  },

  acceptsKey(publicKeyPem) {
    let key: any
    try {
      key = forge.pki.publicKeyFromPem(publicKeyPem)
    } catch {
      return { ok: false, reason: "the public key is not an RSA key" }
    }
    const bits = key?.n?.bitLength?.()
    if (typeof bits !== "number") return { ok: false, reason: "the public key is not an RSA key" }
    if (bits < MIN_RSA_BITS) {
      return { ok: false, reason: `the RSA key has ${bits} bits; at least ${MIN_RSA_BITS} are required` }
    }
    return { ok: true }
  },
}

const ALGORITHMS: Record<SignatureAlgorithmId, SignatureAlgorithm> = {
  "RSA-SHA256": rsaSha256,
}

export const DEFAULT_SIGNATURE_ALGORITHM: SignatureAlgorithmId = "RSA-SHA256"

export function isSignatureAlgorithmId(value: unknown): value is SignatureAlgorithmId {
  return typeof value === "string" && (SIGNATURE_ALGORITHM_IDS as readonly string[]).includes(value)
}

/** The algorithm with that id, or null for an unknown id. */
export function signatureAlgorithm(id: string): SignatureAlgorithm | null {
  return isSignatureAlgorithmId(id) ? ALGORITHMS[id] : null
}
