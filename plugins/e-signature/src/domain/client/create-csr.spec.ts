import forge from "node-forge"
import { createCsr, generateKeyPair } from "./create-csr"

describe("createCsr", () => {
  const keys = generateKeyPair()

  it.each([
    ["an empty subject by default", undefined, []],
    ["only the display name when asked", { commonName: "王晓明" }, ["王晓明"]],
  ])("makes a self-signed CSR with %s", (_case, subject, names) => {
    const csr = forge.pki.certificationRequestFromPem(createCsr(keys.privateKeyPem, subject))
    expect(csr.verify()).toBe(true)
    expect(forge.pki.publicKeyToPem(csr.publicKey)).toBe(keys.publicKeyPem)
    expect(csr.subject.attributes.map((attribute: any) => forge.util.decodeUtf8(attribute.value))).toEqual(names)
  })

  it("generates 2048-bit RSA keys by default", () => {
    expect(forge.pki.privateKeyFromPem(keys.privateKeyPem).n.bitLength()).toBe(2048)
  })
})
