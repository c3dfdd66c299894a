/**
 * Test fixtures: a platform CA made by the real setup helper (scripts/lib/platform-ca.mjs) in a
 * temp folder, a foreign CA made the same way, and key pairs. Not part of the build.
 */
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
// @ts-ignore — plain ESM helper shared with the start script
import { CA_FILES, ensurePlatformCa } from "../../../../../scripts/lib/platform-ca.mjs"
import { generateKeyPair, type KeyPairPem } from "../client/create-csr"

export type TestCa = {
  dir: string
  rootCaPem: string
  issuingCaPem: string
  issuingKeyPem: string
  issuer: { certificatePem: string; privateKeyPem: string }
  trust: { rootCaPem: string; issuingCaPem: string }
}

export function makeTestCa(now = new Date("2026-01-01T00:00:00Z")): TestCa {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "esign-unit-ca-"))
  const dir = path.join(root, "ca")
  ensurePlatformCa(dir, { now })
  const read = (file: string) => fs.readFileSync(path.join(dir, file), "utf8")
  const rootCaPem = read(CA_FILES.rootCert)
  const issuingCaPem = read(CA_FILES.issuingCert)
  const issuingKeyPem = read(CA_FILES.issuingKey)
  fs.rmSync(root, { recursive: true, force: true })
  return {
    dir,
    rootCaPem,
    issuingCaPem,
    issuingKeyPem,
    issuer: { certificatePem: issuingCaPem, privateKeyPem: issuingKeyPem },
    trust: { rootCaPem, issuingCaPem },
  }
}

const keyCache = new Map<string, KeyPairPem>()
/** One key pair per name and size for the whole run (generation is the slow part). */
export function keyPair(name: string, bits = 2048): KeyPairPem {
  const key = `${name}/${bits}`
  if (!keyCache.has(key)) keyCache.set(key, generateKeyPair(bits))
  return keyCache.get(key)!
}
