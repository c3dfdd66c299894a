// Creates the platform CA (self-signed root + an issuing CA signed by it) once, at setup,
// before any server or worker starts: two instances creating it lazily on first request
// could race and end up with different roots. Keys stay in files readable by the owner only
// (GOVMALL_CA_DIR), never in the database's ordinary tables and never logged.
import fs from "node:fs"
import path from "node:path"
import forge from "node-forge"

const ROOT_YEARS = 20
const ISSUING_YEARS = 10

export const CA_FILES = {
  rootKey: "root-ca.key.pem",
  rootCert: "root-ca.cert.pem",
  issuingKey: "issuing-ca.key.pem",
  issuingCert: "issuing-ca.cert.pem",
}

export function platformCaExists(caDir) {
  return Object.values(CA_FILES).every((file) => fs.existsSync(path.join(caDir, file)))
}

/** Creates the CA in `caDir` unless it is already complete; returns whether it created it. */
export function ensurePlatformCa(caDir, { organization = "GovMall 政府采购平台", now = new Date() } = {}) {
  if (platformCaExists(caDir)) return false
  if (fs.existsSync(caDir) && fs.readdirSync(caDir).length > 0) {
    throw new Error(
      `${caDir} holds an incomplete platform CA; move it away (certificates issued from it would no longer verify) and run the setup again`
    )
  }
  const root = forge.pki.rsa.generateKeyPair({ bits: 3072 })
  const rootCert = buildCaCertificate({
    serial: "01",
    subject: [
      { name: "commonName", value: "GovMall Root CA" },
      utf8Attribute("organizationName", organization),
      { name: "countryName", value: "CN" },
    ],
    publicKey: root.publicKey,
    issuer: null,
    signingKey: root.privateKey,
    pathLength: 1,
    years: ROOT_YEARS,
    now,
  })
  const issuing = forge.pki.rsa.generateKeyPair({ bits: 2048 })
  const issuingCert = buildCaCertificate({
    serial: "02",
    subject: [
      { name: "commonName", value: "GovMall Issuing CA 1" },
      utf8Attribute("organizationName", organization),
      { name: "countryName", value: "CN" },
    ],
    publicKey: issuing.publicKey,
    issuer: rootCert,
    signingKey: root.privateKey,
    pathLength: 0,
    years: ISSUING_YEARS,
    now,
  })

  // Written to a sibling folder and renamed, so a crash never leaves half a CA behind.
  const staging = `${caDir}.staging-${process.pid}`
  fs.mkdirSync(staging, { recursive: true, mode: 0o700 })
  const write = (file, pem, mode) => fs.writeFileSync(path.join(staging, file), pem, { mode })
  write(CA_FILES.rootKey, forge.pki.privateKeyToPem(root.privateKey), 0o600)
  write(CA_FILES.rootCert, forge.pki.certificateToPem(rootCert), 0o644)
  write(CA_FILES.issuingKey, forge.pki.privateKeyToPem(issuing.privateKey), 0o600)
  write(CA_FILES.issuingCert, forge.pki.certificateToPem(issuingCert), 0o644)
  if (fs.existsSync(caDir)) fs.rmdirSync(caDir)
  fs.renameSync(staging, caDir)
  return true
}

// forge writes attribute values as PrintableString unless told otherwise; Chinese names need
// a UTF8String, or the certificate cannot be parsed back. forge 1.4 encodes UTF8String values
// itself: pass the plain string.
function utf8Attribute(name, value) {
  return { name, value, valueTagClass: forge.asn1.Type.UTF8 }
}

function buildCaCertificate({ serial, subject, publicKey, issuer, signingKey, pathLength, years, now }) {
  const cert = forge.pki.createCertificate()
  cert.publicKey = publicKey
  cert.serialNumber = serial
  cert.validity.notBefore = new Date(now.getTime() - 24 * 3600 * 1000)
  cert.validity.notAfter = new Date(now.getTime())
  cert.validity.notAfter.setFullYear(cert.validity.notAfter.getFullYear() + years)
  cert.setSubject(subject)
  cert.setIssuer(issuer ? issuer.subject.attributes : subject)
  cert.setExtensions([
    { name: "basicConstraints", cA: true, pathLenConstraint: pathLength, critical: true },
    { name: "keyUsage", keyCertSign: true, cRLSign: true, digitalSignature: true, critical: true },
    { name: "subjectKeyIdentifier" },
  ])
  cert.sign(signingKey, forge.md.sha256.create())
  return cert
}
