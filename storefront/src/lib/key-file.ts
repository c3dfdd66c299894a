// The supplier's private key as a file the user keeps: named after the organization, PKCS#8 PEM
// (what WebCrypto exports). Loading checks the text is such a key before it is used; the key
// never leaves the browser.

const PKCS8 = /^-----BEGIN PRIVATE KEY-----\r?\n([A-Za-z0-9+/=\r\n]+)-----END PRIVATE KEY-----\s*$/
const PKCS1 = /^-----BEGIN RSA PRIVATE KEY-----/

export type KeyFileProblem = "empty" | "encrypted" | "pkcs1" | "notKey" | "certificate"

/** A file name a person recognises: the USCC and the (Beijing) day the key was made. */
export function keyFileName(uscc: string, made: Date): string {
  const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" }).format(made)
  return `govmall-${uscc.replace(/[^0-9A-Z]/g, "")}-private-key-${day}.pem`
}

/** The PKCS#8 PEM in a loaded file, or why it cannot be used. */
export function readPrivateKeyPem(text: string): { pem: string } | { problem: KeyFileProblem } {
  const trimmed = text.replace(/^\uFEFF/, "").trim()
  if (!trimmed) return { problem: "empty" }
  if (trimmed.includes("ENCRYPTED PRIVATE KEY")) return { problem: "encrypted" }
  if (PKCS1.test(trimmed)) return { problem: "pkcs1" }
  if (trimmed.includes("BEGIN CERTIFICATE")) return { problem: "certificate" }
  const match = PKCS8.exec(trimmed)
  if (!match) return { problem: "notKey" }
  return { pem: `${trimmed}\n` }
}

/** The DER bytes of a PEM body, for WebCrypto's importKey. */
export function pemToDer(pem: string): Uint8Array {
  const body = pem.replace(/-----[^-]+-----/g, "").replace(/\s+/g, "")
  const binary = atob(body)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

/**
 * Proves the loaded text is a usable RSA signing key (WebCrypto parses it), not only that it
 * looks like one.
 */
export async function importSigningKey(pem: string): Promise<CryptoKey> {
  const der = pemToDer(pem)
  return crypto.subtle.importKey("pkcs8", der.buffer as ArrayBuffer, { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" }, false, ["sign"])
}
