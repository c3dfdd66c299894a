/**
 * Client side (browser, demo scripts, tests): the key pair is made HERE, on the user's side;
 * only the CSR (public key + proof of possession) goes to the platform. No Medusa imports.
 */
import forge from "node-forge"

export type KeyPairPem = { privateKeyPem: string; publicKeyPem: string }

/**
 * A new RSA key pair with node-forge (2048 bits by default; forge uses Node's native generator
 * when it can). For scripts and tests in Node; in a browser forge generates in JavaScript and
 * blocks the page for seconds: use generateKeyPairWithWebCrypto there.
 */
export function generateKeyPair(bits = 2048): KeyPairPem {
  const keys = forge.pki.rsa.generateKeyPair({ bits, e: 0x10001 })
  return {
    privateKeyPem: forge.pki.privateKeyToPem(keys.privateKey),
    publicKeyPem: forge.pki.publicKeyToPem(keys.publicKey),
  }
}

export type CsrSubjectHint = {
  /** Optional; if given it must equal what the platform will write (display name). */
  commonName?: string
}

/**
 * A PKCS#10 CSR signed with the private key (SHA-256). The subject is empty by default: the
 * platform writes the subject from the identity it verified, and refuses a CSR whose subject
 * claims anything else.
 */
export function createCsr(privateKeyPem: string, subject: CsrSubjectHint = {}): string {
  const privateKey = forge.pki.privateKeyFromPem(privateKeyPem)
  const csr = forge.pki.createCertificationRequest()
  csr.publicKey = forge.pki.setRsaPublicKey(privateKey.n, privateKey.e)
  csr.setSubject(
    subject.commonName ? [{ name: "commonName", value: subject.commonName, valueTagClass: forge.asn1.Type.UTF8 }] : []
  )
  csr.sign(privateKey, forge.md.sha256.create())
  return forge.pki.certificationRequestToPem(csr)
}
