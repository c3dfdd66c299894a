/**
 * Canonical JSON and SHA-256 digests: the fingerprint of a record's state in the audit log, and
 * the bytes a CA signature is computed over.
 *
 * Rules (compatible with RFC 8785, JSON Canonicalization Scheme, for JSON data):
 * - object keys sorted by UTF-16 code units (JavaScript's default string order), no spaces;
 * - keys whose value is `undefined` are left out (as JSON.stringify does); in arrays
 *   `undefined` is refused rather than turned into null;
 * - strings and numbers serialized as JSON.stringify does (ECMAScript shortest form), -0 → 0;
 * - a Date becomes its ISO-8601 UTC string (via toJSON), other objects with toJSON likewise;
 * - NaN, Infinity, BigInt, functions and symbols are refused: they have no stable JSON form.
 *
 * Browser-safe on purpose (no Node built-ins): the e-signature client signs in the browser over
 * exactly this digest, so server and client share this one file. SHA-256 is node-forge's (pure
 * JavaScript, synchronous, so `digestOf` keeps its sync API for the server's callers);
 * canonical-json.spec.ts checks it byte for byte against node:crypto.
 */
import forge from "node-forge"
import { InvalidValueError } from "./domain-error"

export function canonicalJson(value: unknown): string {
  return serialize(value, "$", new Set())
}

function serialize(value: unknown, path: string, ancestors: Set<object>): string {
  if (value === null) {
    return "null"
  }
  switch (typeof value) {
    case "string":
    case "boolean":
      return JSON.stringify(value)
    case "number":
      if (!Number.isFinite(value)) {
        throw new InvalidValueError(`canonical JSON: ${path} is ${value}, which JSON cannot hold`)
      }
      return JSON.stringify(Object.is(value, -0) ? 0 : value)
    case "object":
      break
    default:
      throw new InvalidValueError(`canonical JSON: ${path} is a ${typeof value}, which JSON cannot hold`)
  }

  const object = value as Record<string, unknown> & { toJSON?: () => unknown }
  if (typeof object.toJSON === "function") {
    return serialize(object.toJSON(), path, ancestors)
  }
  if (ancestors.has(object)) {
    throw new InvalidValueError(`canonical JSON: ${path} refers back to itself`)
  }
  ancestors.add(object)
  try {
    if (Array.isArray(object)) {
      return `[${object
        .map((item, index) => {
          if (item === undefined) {
            throw new InvalidValueError(`canonical JSON: ${path}[${index}] is undefined`)
          }
          return serialize(item, `${path}[${index}]`, ancestors)
        })
        .join(",")}]`
    }
    const members = Object.keys(object)
      .filter((key) => object[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${serialize(object[key], `${path}.${key}`, ancestors)}`)
    return `{${members.join(",")}}`
  } finally {
    ancestors.delete(object)
  }
}

const utf8 = new TextEncoder()
// String.fromCharCode takes its arguments on the stack: convert large inputs in slices.
const BINARY_CHUNK = 0x8000

/**
 * Lower-case hex SHA-256 of the UTF-8 bytes of `text` (lone surrogates become U+FFFD, as in
 * Node's `hash.update(string)`), or of the bytes themselves.
 */
export function sha256Hex(text: string | Uint8Array): string {
  const bytes = typeof text === "string" ? utf8.encode(text) : text
  const md = forge.md.sha256.create()
  for (let start = 0; start < bytes.length; start += BINARY_CHUNK) {
    // forge hashes "binary strings": one character per byte.
    md.update(String.fromCharCode.apply(null, bytes.subarray(start, start + BINARY_CHUNK) as unknown as number[]))
  }
  return md.digest().toHex()
}

/** `sha256Hex(canonicalJson(value))`: equal for equal data, whatever the key order. */
export function digestOf(value: unknown): string {
  return sha256Hex(canonicalJson(value))
}
