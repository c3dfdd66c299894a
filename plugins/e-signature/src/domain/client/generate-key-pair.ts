/**
 * Key generation on the user's side with WebCrypto: the browser generates natively and does not
 * block the page (node-forge's pure-JavaScript RSA generation freezes it for seconds). Works in
 * browsers (secure contexts only: HTTPS or localhost) and in Node 20+ (`globalThis.crypto`).
 * The PEMs are what createCsr and signDocument take; the private key never leaves the caller.
 */
import forge from "node-forge"
import type { KeyPairPem } from "./create-csr"

export type WebCryptoKeyPairOptions = {
  /** RSA modulus size; the platform refuses fewer than 2048 bits. */
  bits?: 2048 | 3072 | 4096
  /** Defaults to `globalThis.crypto.subtle`; injectable for tests and workers. */
  subtle?: SubtleCrypto
}

function pem(type: "PRIVATE KEY" | "PUBLIC KEY", der: ArrayBuffer): string {
  return forge.pem.encode({ type, body: forge.util.binary.raw.encode(new Uint8Array(der)) })
}

/** A new RSA key pair as PEM: PKCS#8 private key, SubjectPublicKeyInfo public key. */
export async function generateKeyPairWithWebCrypto(options: WebCryptoKeyPairOptions = {}): Promise<KeyPairPem> {
  const subtle = options.subtle ?? globalThis.crypto?.subtle
  if (!subtle) {
    throw new TypeError("WebCrypto (crypto.subtle) is not available here; browsers offer it only on HTTPS or localhost")
  }
  const keys = await subtle.generateKey(
    {
      name: "RSASSA-PKCS1-v1_5",
      modulusLength: options.bits ?? 2048,
      publicExponent: new Uint8Array([0x01, 0x00, 0x01]),
      hash: "SHA-256",
    },
    // Extractable: the user keeps the key (saves it to a file); the platform only gets the CSR.
    true,
    ["sign", "verify"]
  )
  const [pkcs8, spki] = await Promise.all([subtle.exportKey("pkcs8", keys.privateKey), subtle.exportKey("spki", keys.publicKey)])
  return { privateKeyPem: pem("PRIVATE KEY", pkcs8), publicKeyPem: pem("PUBLIC KEY", spki) }
}
