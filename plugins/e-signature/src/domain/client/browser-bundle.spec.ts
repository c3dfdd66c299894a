/**
 * The client entry must bundle for the browser: no Node built-in may be pulled in (Vite cannot
 * bundle `node:crypto`), and the bundle must run with browser globals only. The entry is
 * resolved by package name from the storefront, as Vite would (`browser` export condition).
 */
import { builtinModules, createRequire } from "node:module"
import path from "node:path"
import vm from "node:vm"
import { keyPair, makeTestCa } from "../__tests__/test-ca"
import { issueCertificate } from "../issue-certificate"
import { rsaSha256 } from "../signature-algorithm"
import { verifySignature } from "../verify-signature"
import { openSealedEnvelope } from "../open-envelope"
import { verifyResponseSignature } from "../verify-response-signature"
import { createIdentityChallenge } from "../identity-challenge"
import { verifyIdentityChallengeResponse } from "../verify-identity-challenge"

const repositoryRoot = path.resolve(__dirname, "../../../../..")
const storefrontDir = path.join(repositoryRoot, "storefront")
// The esbuild Vite itself bundles with (storefront → vite → esbuild), not a second copy.
const esbuild = createRequire(createRequire(path.join(storefrontDir, "package.json")).resolve("vite"))("esbuild")

const NODE_BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]))

type BundleReport = { code: string | null; nodeImports: string[]; inputs: string[] }

/** Bundles `source` (resolved from the storefront) for the browser; lists Node built-ins it reached. */
async function bundleForBrowser(source: string): Promise<BundleReport> {
  const nodeImports: string[] = []
  try {
    const result = await esbuild.build({
      stdin: { contents: source, resolveDir: path.join(storefrontDir, "src"), loader: "ts" },
      bundle: true,
      platform: "browser",
      format: "iife",
      globalName: "esignClient",
      write: false,
      metafile: true,
      logLevel: "silent",
    })
    for (const [file, input] of Object.entries<any>(result.metafile.inputs)) {
      for (const imported of input.imports) {
        if (imported.external || NODE_BUILTINS.has(imported.path)) nodeImports.push(`${file} → ${imported.path}`)
      }
    }
    return { code: result.outputFiles[0].text, nodeImports, inputs: Object.keys(result.metafile.inputs) }
  } catch (error: any) {
    // esbuild refuses a Node built-in on platform "browser": "… is built into node".
    for (const message of error.errors ?? []) {
      const builtin = /Could not resolve "([^"]+)"/.exec(message.text)?.[1]
      if (builtin && NODE_BUILTINS.has(builtin)) nodeImports.push(`${message.location?.file} → ${builtin}`)
      else throw error
    }
    return { code: null, nodeImports, inputs: [] }
  }
}

describe("the client entry in a browser bundle", () => {
  let bundle: BundleReport
  beforeAll(async () => {
    bundle = await bundleForBrowser(`export * from "@govmall/e-signature/client"`)
  }, 60_000)

  it("pulls in no Node built-in, and takes the TypeScript sources (browser condition), not the CommonJS build", () => {
    expect(bundle.nodeImports).toEqual([])
    expect(bundle.code).not.toBeNull()
    expect(bundle.inputs).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/plugins\/e-signature\/src\/domain\/client\/index\.ts$/),
        expect.stringMatching(/plugins\/procurement-core\/src\/domain\/canonical-json\.ts$/),
      ])
    )
    expect(bundle.inputs.filter((file) => file.includes(".medusa/"))).toEqual([])
    expect(bundle.code).not.toMatch(/require\(["'](node:)?(crypto|fs|path|buffer|stream|util)["']\)/)
  })

  it.each([
    ["a node: import", `import { createHash } from "node:crypto"; export const h = createHash`, "node:crypto"],
    ["a bare built-in", `import fs from "fs"; export const f = fs`, "fs"],
  ])("the check catches %s (it can fail)", async (_case, source, builtin) => {
    const report = await bundleForBrowser(source)
    expect(report.nodeImports.join("\n")).toContain(builtin)
  })

  it("runs with browser globals only (no require, process or Buffer) and its signature verifies on the server", async () => {
    const ca = makeTestCa()
    const now = new Date("2026-09-30T01:30:00Z")
    const sandbox: Record<string, unknown> = { crypto: globalThis.crypto, TextEncoder, setTimeout, clearTimeout, console }
    sandbox.self = sandbox
    sandbox.window = sandbox
    const context = vm.createContext(sandbox)
    vm.runInContext(bundle.code!, context)
    const client = sandbox.esignClient as any
    // The page's own Date (another realm than the test's).
    const signedAt = vm.runInContext(`new Date("${now.toISOString()}")`, context)

    const keys = await client.generateKeyPairWithWebCrypto()
    const subject = { kind: "organization", subject_id: "91110108MA01ABCD2H", display_name: "北京智联办公设备有限公司", organization_kind: "supplier" } as const
    const issued = issueCertificate({ csrPem: client.createCsr(keys.privateKeyPem), subject, issuer: ca.issuer, serial: "5a01", now })
    const contract = { contract_id: "CT-2026-0007", 甲方: "北京市海淀区教育委员会", amount_fen: 4_599_000 }
    const record = client.signDocument({ document: contract, privateKeyPem: keys.privateKeyPem, certificate_serial: issued.serial, signed_at: signedAt })

    const result = verifySignature({
      document: contract, ...record, certificatePem: issued.pem, trust: ca.trust, revocation: null,
      expected_subject_id: subject.subject_id, now,
    })
    expect(result).toMatchObject({ valid: true, reasons: [] })
    expect(client.digestOf(contract)).toBe(result.digest)
    // A PKCS#1 key made elsewhere (loaded from a file) signs the same way.
    const loaded = keyPair("bundle")
    const fromFile = client.signDocument({ document: contract, privateKeyPem: loaded.privateKeyPem, certificate_serial: "5a01", signed_at: signedAt })
    expect(rsaSha256.verify(result.digest!, fromFile.signature, loaded.publicKeyPem)).toBe(true)
  }, 60_000)

  it("seals, unwraps and signs a sealed response and an identity challenge in the page; the server opens and verifies them", async () => {
    const ca = makeTestCa()
    const now = new Date("2026-10-20T06:45:00Z")
    const sandbox: Record<string, unknown> = { crypto: globalThis.crypto, TextEncoder, setTimeout, clearTimeout, console }
    sandbox.self = sandbox
    sandbox.window = sandbox
    const context = vm.createContext(sandbox)
    vm.runInContext(bundle.code!, context)
    const client = sandbox.esignClient as any
    const signedAt = vm.runInContext(`new Date("${now.toISOString()}")`, context)

    const keys = await client.generateKeyPairWithWebCrypto()
    const subject = { kind: "organization", subject_id: "91110108MA01ABCD2H", display_name: "北京智联办公设备有限公司", organization_kind: "supplier" } as const
    const cert = issueCertificate({ csrPem: client.createCsr(keys.privateKeyPem), subject, issuer: ca.issuer, serial: "5a02", now: new Date("2026-09-01T00:00:00Z") })
    const ids = { solicitation_id: "sol_01", lot_id: "lot_01", supplier_organization_id: "org_01" }
    const payload = { unit_price_fen: 459_900, quality_answers: { 质保期: "三年" } }
    const envelope = await client.sealPayload({ payload, recipientCertificatePem: cert.pem, context: ids })
    const record = client.signSealedResponse({ ...ids, plaintext: { brand: "联想" }, envelope, privateKeyPem: keys.privateKeyPem, certificate_serial: cert.serial, signed_at: signedAt })

    const verdict = verifyResponseSignature({
      response: { ...ids, plaintext: { brand: "联想" }, envelope }, record, supplier_uscc: subject.subject_id,
      certificatePem: cert.pem, trust: ca.trust, revocation: null, now,
    })
    expect(verdict).toMatchObject({ valid: true, foreign_certificate: false })
    const contentKey = await client.unwrapContentKey(envelope, keys.privateKeyPem)
    expect(openSealedEnvelope({ envelope, content_key: contentKey, expected: { context: ids } }).payload).toEqual(payload)

    const expert = { kind: "expert", subject_id: "EXP-0007", display_name: "王建国" } as const
    const expertKeys = await client.generateKeyPairWithWebCrypto()
    const expertCert = issueCertificate({ csrPem: client.createCsr(expertKeys.privateKeyPem), subject: expert, issuer: ca.issuer, serial: "5e02", now: new Date("2026-09-01T00:00:00Z") })
    const challenge = createIdentityChallenge({ expert_id: "EXP-0007", purpose: "evaluation:panel_01", now, random: new Uint8Array(32).fill(9) })
    const answer = client.signIdentityChallenge({ challenge, privateKeyPem: expertKeys.privateKeyPem, certificate_serial: expertCert.serial, signed_at: signedAt })
    expect(
      verifyIdentityChallengeResponse({ challenge, consumed_at: null, record: answer, certificatePem: expertCert.pem, trust: ca.trust, revocation: null, now }).valid
    ).toBe(true)
  }, 60_000)
})
