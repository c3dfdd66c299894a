/**
 * The sealing property, at the level this package can prove it: everything the server stores
 * or holds before the opening — the response row (clear fields, envelope, signature, collusion
 * data), the certificate rows, the audit digest, the whole platform CA folder with the root and
 * issuing private keys, and the server's configuration secrets — yields no sealed field.
 *
 * Each attack also runs against a control where it MUST succeed (the key left in the dump, an
 * unsalted commitment), so these tests can fail.
 */
import { constants, createDecipheriv, createHash, privateDecrypt } from "node:crypto"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
// @ts-ignore — plain ESM helper shared with the start script
import { CA_FILES, ensurePlatformCa } from "../../../../scripts/lib/platform-ca.mjs"
import { readSettings } from "../../../../backend/src/config/settings"
import { canonicalJson, digestOf } from "@govmall/procurement-core/domain/canonical-json"
import { keyPair } from "./__tests__/test-ca"
import { context, plaintextFields, sealedPayload, submittedAt, supplierA } from "./__tests__/sealed-response-fixtures"
import { createCsr } from "./client/create-csr"
import { sealPayload, unwrapContentKey } from "./client/seal-envelope"
import { signSealedResponse } from "./client/sign-response"
import { issueCertificate } from "./issue-certificate"
import { openSealedEnvelope } from "./open-envelope"
import { base64ToBytes, type SealedEnvelope } from "./sealed-envelope"

const caRoot = fs.mkdtempSync(path.join(os.tmpdir(), "esign-sealing-ca-"))
const caDir = path.join(caRoot, "ca")
ensurePlatformCa(caDir, { now: new Date("2026-01-01T00:00:00Z") })
const caFiles = Object.fromEntries(Object.values(CA_FILES as Record<string, string>).map((file) => [file, fs.readFileSync(path.join(caDir, file), "utf8")]))
afterAll(() => fs.rmSync(caRoot, { recursive: true, force: true }))

// The server's configuration as a production deployment would have it (test values).
const serverEnv = {
  NODE_ENV: "production",
  DATABASE_URL: "postgres://govmall:Zq8vN3xLp2Rk7Wm4@10.0.3.12:5432/govmall",
  JWT_SECRET: "3f9c1e7a5b2d8e4f6a0c9b1d3e5f7a2c4e6b8d0f1a3c5e7b9d2f4a6c8e0b1d3f",
  COOKIE_SECRET: "b7e2a9c4f1d8e3b6a0c5f2d9e4b1a8c3f6d0e7b2a5c9f4d1e8b3a6c0f5d2e9b4",
  GOVMALL_ID_NUMBER_SALT: "e1c8f3a6d9b2e5c0f7a4d1b8e3c6f9a2d5b0e7c4f1a8d3b6e9c2f5a0d7b4e1c8",
  GOVMALL_CA_DIR: caDir,
}
const settings = readSettings(serverEnv)

const supplierKey = keyPair("sealing-supplier")
const issuer = { certificatePem: caFiles[CA_FILES.issuingCert], privateKeyPem: caFiles[CA_FILES.issuingKey] }
const certificate = issueCertificate({ csrPem: createCsr(supplierKey.privateKeyPem), subject: supplierA, issuer, serial: "5e01", now: new Date("2026-09-01T00:00:00Z") })

let envelope: SealedEnvelope
let serverState: Record<string, unknown>
let dump: string

beforeAll(async () => {
  envelope = await sealPayload({ payload: sealedPayload, recipientCertificatePem: certificate.pem, context })
  const signature = signSealedResponse({
    ...context,
    plaintext: plaintextFields,
    envelope,
    privateKeyPem: supplierKey.privateKeyPem,
    certificate_serial: certificate.serial,
    signed_at: submittedAt,
  })
  const response = {
    id: "resp_01JBXSEALED01",
    ...context,
    status: "submitted",
    plaintext: plaintextFields,
    envelope,
    signature,
    client_ip: "203.0.113.45",
    device_fingerprint: "mac:3c:52:82:1a:9f:04",
    submitted_at: submittedAt.toISOString(),
  }
  serverState = {
    database: {
      response: [response],
      certificate: [{ serial: certificate.serial, pem: certificate.pem, fingerprint_sha256: certificate.fingerprint_sha256, subject_id: supplierA.subject_id }],
      audit_log: [{ action: "response.submitted", record_id: response.id, digest: digestOf(response) }],
    },
    configuration: { env: serverEnv, settings },
    ca_folder: caFiles,
  }
  dump = JSON.stringify(serverState)
})

/** Every string anywhere in `value`. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value)
  else if (value && typeof value === "object") for (const item of Object.values(value)) strings(item, out)
  return out
}

/** Byte strings a server could turn into a key: raw text, base64 / hex / PEM bodies, and SHA-256 of each text. */
function keyMaterialCandidates(state: unknown): Buffer[] {
  const sources: Buffer[] = []
  for (const text of strings(state)) {
    sources.push(Buffer.from(text, "utf8"), createHash("sha256").update(text).digest())
    for (const token of text.replace(/-----[A-Z ]+-----/g, " ").split(/[^A-Za-z0-9+/=]+/)) {
      if (token.length >= 43) sources.push(Buffer.from(token, "base64"))
      if (/^[0-9a-f]{64,}$/i.test(token)) sources.push(Buffer.from(token, "hex"))
    }
    const pemBody = text.replace(/-----[A-Z ]+-----|\s/g, "")
    if (pemBody !== text && pemBody.length >= 43) sources.push(Buffer.from(pemBody, "base64"))
  }
  return sources
}

/** The number of 32-byte windows tried, and how many decrypt the envelope. */
function tryEveryWindowAsContentKey(state: unknown, target: SealedEnvelope): { tried: number; opened: number } {
  const sealed = base64ToBytes(target.ciphertext)!
  const iv = base64ToBytes(target.iv)!
  const aad = Buffer.from(canonicalJson(target.context))
  let tried = 0
  let opened = 0
  for (const source of keyMaterialCandidates(state)) {
    for (let start = 0; start + 32 <= source.length; start++) {
      tried++
      try {
        const decipher = createDecipheriv("aes-256-gcm", source.subarray(start, start + 32), iv)
        decipher.setAAD(aad)
        decipher.setAuthTag(sealed.subarray(sealed.length - 16))
        decipher.update(sealed.subarray(0, sealed.length - 16))
        decipher.final()
        opened++
      } catch {
        // not the key
      }
    }
  }
  return { tried, opened }
}

describe("a database dump plus the server's configuration and keys, taken before the opening", () => {
  it("shows no sealed value in clear (prices, consumables, quality answers)", () => {
    for (const secret of ["原装硒鼓", "CF226A", "城区2小时到场", "整机三年上门保修", "售后响应时间"]) {
      expect(dump).not.toContain(secret)
    }
    // Amounts as numbers standing alone (inside a hex hash or base64 the digits may occur by chance).
    for (const amount of [459_900, 451_000, 58_000, 4599, 4510, 580]) {
      expect(dump).not.toMatch(new RegExp(`(?<![0-9A-Za-z+/.])${amount}(?![0-9A-Za-z+/])`))
    }
    // …while the clear fields are there: the search looks at the right text.
    expect(dump).toContain("开天M740Z")
  })

  it("the envelope holds no key material but the RSA-wrapped key: exactly these fields, with these sizes", () => {
    expect(Object.keys(envelope).sort()).toEqual(["alg", "ciphertext", "context", "iv", "key_sha256", "key_wrap", "payload_sha256", "recipient", "v", "wrapped_key"])
    const plaintextLength = Buffer.byteLength(canonicalJson({ salt: "x".repeat(44), payload: sealedPayload }))
    expect(base64ToBytes(envelope.ciphertext)!.length).toBe(plaintextLength + 16) // content and tag, nothing appended
    expect(base64ToBytes(envelope.wrapped_key)!.length).toBe(256) // one RSA-2048 block
    expect(base64ToBytes(envelope.iv)!.length).toBe(12)
  })

  it("no private key the server holds (root CA, issuing CA) unwraps the content key, with any padding", () => {
    const privateKeys = dump.match(/-----BEGIN (?:RSA )?PRIVATE KEY-----[^-]+-----END (?:RSA )?PRIVATE KEY-----/g)!.map((pem) => pem.replace(/\\n/g, "\n"))
    expect(privateKeys).toHaveLength(2)
    const wrapped = base64ToBytes(envelope.wrapped_key)!
    for (const key of privateKeys) {
      for (const options of [
        { padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: "sha256" },
        { padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: "sha1" },
      ]) {
        expect(() => privateDecrypt({ key, ...options }, wrapped)).toThrow()
      }
    }
  })

  it("no 32-byte value found in the dump or derived from its secrets decrypts the envelope", () => {
    const attack = tryEveryWindowAsContentKey(serverState, envelope)
    expect(attack.tried).toBeGreaterThan(10_000)
    expect(attack.opened).toBe(0)
  })

  it("control: had the server kept the content key anywhere in its state, the same search would have found it", async () => {
    const contentKey = await unwrapContentKey(envelope, supplierKey.privateKeyPem)
    const leaky = { ...serverState, cache: { note: `opening-prep ${contentKey}` } }
    expect(tryEveryWindowAsContentKey(leaky, envelope).opened).toBeGreaterThan(0)
  })

  it("the content commitment cannot be brute-forced over every price up to the ceiling (it is salted inside the ciphertext)", () => {
    const ceilingFen = 500_000
    const naiveCommitment = createHash("sha256").update(canonicalJson(sealedPayload)).digest("hex")
    const hashesInDump = new Set(dump.match(/[0-9a-f]{64}/g))
    let foundInDump: number | null = null
    let foundNaive: number | null = null
    for (let price = 0; price <= ceilingFen; price += 100) {
      const guess = createHash("sha256").update(canonicalJson({ ...sealedPayload, unit_price_fen: price })).digest("hex")
      if (hashesInDump.has(guess)) foundInDump = price
      if (guess === naiveCommitment) foundNaive = price
    }
    expect(foundInDump).toBeNull()
    // Control: the same search breaks an unsalted commitment of the same payload.
    expect(foundNaive).toBe(459_900)
  })

  it("after the opening, the supplier's key (never on the server) recovers every field", async () => {
    expect(dump).not.toContain(supplierKey.privateKeyPem.split("\n")[1])
    const contentKey = await unwrapContentKey(envelope, supplierKey.privateKeyPem)
    expect(openSealedEnvelope({ envelope, content_key: contentKey }).payload).toEqual(sealedPayload)
  })
})
