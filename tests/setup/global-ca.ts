import fs from "node:fs"
import os from "node:os"
import path from "node:path"

/**
 * The platform CA is one-time state made by the setup step (scripts/lib/platform-ca.mjs), never
 * on first request. Integration tests get their own, made once per run in a temp folder and
 * handed to every worker through GOVMALL_CA_DIR, unless the caller already set one.
 */
export default async function setup() {
  if (process.env.GOVMALL_CA_DIR) return () => undefined
  // @ts-ignore — plain ESM helper shared with the start script
  const { ensurePlatformCa } = await import("../../scripts/lib/platform-ca.mjs")
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "govmall-test-ca-"))
  const caDir = path.join(root, "ca")
  ensurePlatformCa(caDir)
  process.env.GOVMALL_CA_DIR = caDir
  return () => fs.rmSync(root, { recursive: true, force: true })
}
