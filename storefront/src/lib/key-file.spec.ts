import { generateKeyPairSync } from "node:crypto"
import { importSigningKey, keyFileName, pemToDer, readPrivateKeyPem } from "./key-file"

const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 })
const PKCS8 = privateKey.export({ type: "pkcs8", format: "pem" }) as string
const PKCS1 = privateKey.export({ type: "pkcs1", format: "pem" }) as string
const ENCRYPTED = privateKey.export({ type: "pkcs8", format: "pem", cipher: "aes-256-cbc", passphrase: "秘密" }) as string

describe("private key files", () => {
  it("names the file after the USCC and the day", () => {
    expect(keyFileName("91140105MA0GRT5Q2X", new Date("2026-12-01T10:00:00Z"))).toBe("govmall-91140105MA0GRT5Q2X-private-key-2026-12-01.pem")
    // 20:00 UTC is already the next day in Beijing.
    expect(keyFileName("91140105MA0GRT5Q2X", new Date("2026-12-01T20:00:00Z"))).toBe("govmall-91140105MA0GRT5Q2X-private-key-2026-12-02.pem")
  })

  it("reads a PKCS#8 key, also with a byte-order mark and Windows line ends", () => {
    expect(readPrivateKeyPem(PKCS8)).toEqual({ pem: PKCS8.trim() + "\n" })
    expect(readPrivateKeyPem("\uFEFF" + PKCS8.replace(/\n/g, "\r\n"))).toHaveProperty("pem")
  })

  it.each([
    ["empty", "  \n", "empty"],
    ["encrypted", ENCRYPTED, "encrypted"],
    ["PKCS#1", PKCS1, "pkcs1"],
    ["a certificate", "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n", "certificate"],
    ["some text", "hello", "notKey"],
    ["a truncated key", PKCS8.slice(0, 200), "notKey"],
  ])("refuses %s", (_name, text, problem) => {
    expect(readPrivateKeyPem(text)).toEqual({ problem })
  })

  it("WebCrypto imports the key read from the file, and refuses bytes that only look like one", async () => {
    await expect(importSigningKey(PKCS8)).resolves.toMatchObject({ type: "private" })
    // Well-formed PEM armour and base64, but the DER inside ends early.
    const der = pemToDer(PKCS8).slice(0, -40)
    const broken = `-----BEGIN PRIVATE KEY-----\n${Buffer.from(der).toString("base64")}\n-----END PRIVATE KEY-----\n`
    expect(readPrivateKeyPem(broken)).toHaveProperty("pem")
    await expect(importSigningKey(broken)).rejects.toThrow()
  })
})
