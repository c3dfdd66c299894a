/**
 * Resident identity card numbers (居民身份证号码, GB 11643-1999): 18 characters, the last a check
 * character (0-9 or X). The platform never stores one in full: an expert keeps a masked form
 * (first 4 + last 4) and a salted SHA-256 of the full number, enough to refuse a duplicate.
 */
import { createHash } from "node:crypto"
import { InvalidValueError } from "./domain-error"

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK = "10X98765432"

export function idNumberProblem(value: unknown): string | null {
  if (typeof value !== "string" || !/^\d{17}[\dX]$/.test(value)) {
    return "must be 17 digits followed by a digit or X"
  }
  let sum = 0
  for (let i = 0; i < 17; i++) {
    sum += Number(value[i]) * WEIGHTS[i]
  }
  const expected = CHECK[sum % 11]
  return value[17] === expected ? null : `check character is ${value[17]} but should be ${expected}`
}

export function assertIdNumber(value: unknown, field = "id_number"): asserts value is string {
  const problem = idNumberProblem(value)
  if (problem) {
    throw new InvalidValueError(`${field} is not a valid resident identity number: ${problem}`)
  }
}

/** "140105198001011234" → "1401**********1234". */
export function maskIdNumber(value: string): string {
  return value.slice(0, 4) + "*".repeat(value.length - 8) + value.slice(-4)
}

/** Salted SHA-256 hex of the full number (the salt is a deployment secret). */
export function hashIdNumber(value: string, salt: string): string {
  return createHash("sha256").update(`${salt}:${value}`).digest("hex")
}

/** A valid (check character and all) identity number for demo data: region + birth date + sequence. */
export function makeIdNumber(regionCode: string, birthDate: string, sequence: number): string {
  const first17 = `${regionCode}${birthDate.replace(/-/g, "")}${String(sequence).padStart(3, "0")}`
  if (!/^\d{17}$/.test(first17)) {
    throw new InvalidValueError(`cannot build an identity number from ${regionCode}, ${birthDate}, ${sequence}`)
  }
  let sum = 0
  for (let i = 0; i < 17; i++) {
    sum += Number(first17[i]) * WEIGHTS[i]
  }
  return first17 + CHECK[sum % 11]
}
