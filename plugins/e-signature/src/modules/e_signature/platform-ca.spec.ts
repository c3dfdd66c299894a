import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { loadPlatformCa, PLATFORM_CA_FILES } from "./platform-ca"

describe("loadPlatformCa", () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "esign-ca-load-"))
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

  function caDir(name: string, files: string[]) {
    const dir = path.join(root, name)
    fs.mkdirSync(dir, { recursive: true })
    for (const file of files) fs.writeFileSync(path.join(dir, file), `${name}/${file}`)
    return dir
  }

  it.each([
    ["an unset GOVMALL_CA_DIR", {}, /GOVMALL_CA_DIR is not set/],
    ["a folder without the CA", { GOVMALL_CA_DIR: path.join(root, "nowhere") }, /GOVMALL_CA_DIR=.*nowhere has no root-ca\.cert\.pem/],
    [
      "an incomplete CA",
      { GOVMALL_CA_DIR: caDir("partial", [PLATFORM_CA_FILES.rootCert, PLATFORM_CA_FILES.issuingCert]) },
      /has no issuing-ca\.key\.pem.*never created by the server/,
    ],
  ])("refuses %s with a configuration error naming GOVMALL_CA_DIR", (_case, env, message) => {
    expect(() => loadPlatformCa(env as NodeJS.ProcessEnv)).toThrow(message)
    expect(fs.existsSync(path.join(root, "nowhere"))).toBe(false)
  })

  it("reads the three files once and caches them per folder", () => {
    const dir = caDir("complete", Object.values(PLATFORM_CA_FILES))
    const first = loadPlatformCa({ GOVMALL_CA_DIR: dir })
    expect(first).toMatchObject({ dir, rootCaPem: `complete/${PLATFORM_CA_FILES.rootCert}` })
    fs.writeFileSync(path.join(dir, PLATFORM_CA_FILES.rootCert), "changed")
    expect(loadPlatformCa({ GOVMALL_CA_DIR: dir })).toBe(first)
  })
})
