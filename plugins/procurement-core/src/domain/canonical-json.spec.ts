import { createHash } from "node:crypto"
import { describe, expect, it } from "vitest"
import { canonicalJson, digestOf, sha256Hex } from "./canonical-json"

describe("canonicalJson", () => {
  it.each([
    [{ b: 1, a: 2 }, '{"a":2,"b":1}'],
    [{ z: { y: 1, x: [3, { d: 1, c: 2 }] } }, '{"z":{"x":[3,{"c":2,"d":1}],"y":1}}'],
    [{ a: undefined, b: null }, '{"b":null}'],
    [[1, "two", true, null], '[1,"two",true,null]'],
    ["引号\"与\\n", '"引号\\"与\\\\n"'],
    [-0, "0"],
    [1e21, "1e+21"],
    [0.1, "0.1"],
    [{ at: new Date("2026-10-08T01:02:03.004Z") }, '{"at":"2026-10-08T01:02:03.004Z"}'],
    [{ "é": 1, e: 2, E: 3, "10": 4, "9": 5 }, '{"10":4,"9":5,"E":3,"e":2,"é":1}'],
    [{}, "{}"],
    [[], "[]"],
  ])("%j → %s", (value, text) => {
    expect(canonicalJson(value)).toBe(text)
  })

  it("ignores key order", () => {
    expect(canonicalJson({ a: 1, b: { c: 2, d: 3 } })).toBe(canonicalJson({ b: { d: 3, c: 2 }, a: 1 }))
  })

  it("matches RFC 8785's key-order example (UTF-16 code units)", () => {
    // From RFC 8785 §3.2.3: "\u20ac" (€), "\r", "\ufb33", "1", "\ud83d\ude00", "\u0080", "\u00f6"
    const value = { "\u20ac": 1, "\r": 2, "\ufb33": 3, "1": 4, "\ud83d\ude00": 5, "\u0080": 6, "\u00f6": 7 }
    expect(canonicalJson(value)).toBe(
      '{"\\r":2,"1":4,"\u0080":6,"\u00f6":7,"\u20ac":1,"\ud83d\ude00":5,"\ufb33":3}'
    )
  })

  it.each([
    [{ n: Number.NaN }, "$.n is NaN"],
    [{ n: [1, Infinity] }, "$.n[1] is Infinity"],
    [{ f: () => 1 }, "$.f is a function"],
    [{ big: 1n }, "$.big is a bigint"],
    [[1, undefined], "$[1] is undefined"],
  ])("refuses %s", (value, message) => {
    expect(() => canonicalJson(value)).toThrow(message)
  })

  it("refuses cycles but accepts shared references", () => {
    const shared = { x: 1 }
    expect(canonicalJson({ a: shared, b: shared })).toBe('{"a":{"x":1},"b":{"x":1}}')
    const cyclic: Record<string, unknown> = {}
    cyclic.self = cyclic
    expect(() => canonicalJson(cyclic)).toThrow("$.self refers back to itself")
  })
})

describe("digests", () => {
  it("hashes UTF-8 with SHA-256", () => {
    expect(sha256Hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
  })

  it("digests canonical JSON, independent of key order", () => {
    expect(digestOf({ b: 2, a: 1 })).toBe(sha256Hex('{"a":1,"b":2}'))
    expect(digestOf({ a: 1, b: 2 })).toBe(digestOf({ b: 2, a: 1 }))
    expect(digestOf({ a: 1 })).not.toBe(digestOf({ a: "1" }))
  })
})

describe("digests are byte-identical to node:crypto (the pure-JS SHA-256 runs in browsers too)", () => {
  const nodeSha256 = (data: string | Uint8Array) => createHash("sha256").update(data).digest("hex")
  const longChinese = "政府采购框架协议".repeat(10_000)

  it.each([
    ["a contract with Chinese text", { 甲方: "北京市海淀区教育委员会", 乙方: "北京智联办公设备有限公司", 标的: "台式计算机（含显示器）" }],
    ["nested objects and arrays", { order: { lines: [{ sku: "PC-01", qty: 3, unit_fen: 459_900 }, { sku: "PR-02", qty: 1 }], meta: { a: { b: { c: null } } } } }],
    ["keys in an unusual order", { z: 1, "10": 2, "9": 3, E: 4, e: 5, é: 6, 中: 7, "": 8 }],
    ["numbers in every JSON form", { n: [0, -0, 1, -1, 0.1, 1e21, 1e-7, 123456789012345, Number.MAX_SAFE_INTEGER, 5e-324, -1.5e300] }],
    ["unicode escapes, control characters, astral and lone surrogates", { s: "\u0000\u001f\u007f\u2028\u2029\"\\/😀\ud83d 𠮷 \udc00", "\ud800key": "\r\n\t" }],
    ["a date and booleans", { at: new Date("2026-10-08T01:02:03.004Z"), ok: true, no: false }],
    ["a long document (several 32 KiB slices)", { text: longChinese }],
    ["an empty object", {}],
  ])("digestOf %s", (_case, value) => {
    expect(digestOf(value)).toBe(nodeSha256(canonicalJson(value)))
  })

  it.each([
    ["empty", ""],
    ["ASCII", "abc"],
    ["Chinese", "电子签章"],
    ["a lone surrogate (UTF-8 as U+FFFD, like Node)", "a\ud800b"],
    ["a long text", longChinese],
  ])("sha256Hex of a %s string", (_case, text) => {
    expect(sha256Hex(text)).toBe(nodeSha256(text))
  })

  it.each([
    ["no bytes", new Uint8Array(0)],
    ["every byte value", Uint8Array.from({ length: 256 }, (_, index) => index)],
    ["100 000 bytes", Uint8Array.from({ length: 100_000 }, (_, index) => (index * 31) & 0xff)],
  ])("sha256Hex of %s", (_case, bytes) => {
    expect(sha256Hex(bytes)).toBe(nodeSha256(bytes))
  })
})
