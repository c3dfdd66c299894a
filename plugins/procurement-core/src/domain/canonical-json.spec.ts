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
