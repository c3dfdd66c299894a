import { execFileSync } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import forge from "node-forge"
import { describe, expect, it } from "vitest"
import { CA_FILES, ensurePlatformCa } from "./platform-ca.mjs"

describe("ensurePlatformCa", () => {
  it("creates a root and an issuing CA that chain, once", () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "govmall-ca-")), "ca")
    expect(ensurePlatformCa(dir)).toBe(true)
    const before = fs.readFileSync(path.join(dir, CA_FILES.rootCert), "utf8")
    expect(ensurePlatformCa(dir)).toBe(false)
    expect(fs.readFileSync(path.join(dir, CA_FILES.rootCert), "utf8")).toBe(before)

    const root = forge.pki.certificateFromPem(before)
    const issuing = forge.pki.certificateFromPem(fs.readFileSync(path.join(dir, CA_FILES.issuingCert), "utf8"))
    const store = forge.pki.createCaStore([root])
    expect(forge.pki.verifyCertificateChain(store, [issuing])).toBe(true)
    // The Chinese organization name survives a round trip (read back with OpenSSL's view too).
    expect(forge.util.decodeUtf8(root.subject.getField("O").value)).toBe("GovMall 政府采购平台")
    const text = execFileSync("openssl", ["x509", "-noout", "-subject", "-nameopt", "utf8"], { input: before }).toString()
    expect(text).toContain("O=GovMall 政府采购平台")
    expect(fs.statSync(path.join(dir, CA_FILES.rootKey)).mode & 0o077).toBe(0)
    expect(fs.statSync(path.join(dir, CA_FILES.issuingKey)).mode & 0o077).toBe(0)
  })

  it("refuses to overwrite an incomplete CA folder", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "govmall-ca-"))
    fs.writeFileSync(path.join(dir, CA_FILES.rootKey), "x")
    expect(() => ensurePlatformCa(dir)).toThrow(/incomplete platform CA/)
  })
})
