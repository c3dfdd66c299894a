/**
 * Unified Social Credit Code (统一社会信用代码, GB 32100-2015): the 18-character identifier of
 * every Chinese legal person and other organization.
 *
 *   position 1      registration authority code (登记管理部门代码), e.g. 9 = market regulation (工商)
 *   position 2      organization category (机构类别代码), e.g. 1 = enterprise
 *   positions 3-8   administrative division code (GB/T 2260, 6 digits) of the registering office
 *   positions 9-17  organization code (组织机构代码, GB 11714: 8 body characters + its own check)
 *   position 18     check character over positions 1-17
 *
 * Character set: 0-9 A-H J-N P-R T-U W-Y (no I, O, Z, S, V), valued 0…30 in that order. The check
 * character is C18 = 31 − (Σ Ci·Wi mod 31), 31 → 0, with the weights below.
 *
 * Pure: no clock, no randomness except the caller's seed.
 */
import { InvalidValueError } from "./domain-error"
import { seededRandom } from "./seeded-random"

export const USCC_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
export const USCC_LENGTH = 18
export const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const

export type UsccProblem =
  | { reason: "type"; message: string }
  | { reason: "length"; message: string }
  | { reason: "character"; message: string; position: number }
  | { reason: "region"; message: string }
  | { reason: "check_character"; message: string; expected: string }

function charValue(char: string): number {
  return USCC_CHARSET.indexOf(char)
}

/** The check character for the first 17 characters (which must all be in the charset). */
export function usccCheckCharacter(first17: string): string {
  if (first17.length !== USCC_LENGTH - 1) {
    throw new InvalidValueError(`usccCheckCharacter needs 17 characters, got ${first17.length}`)
  }
  let sum = 0
  for (let i = 0; i < 17; i++) {
    const value = charValue(first17[i])
    if (value < 0) {
      throw new InvalidValueError(`character ${JSON.stringify(first17[i])} at position ${i + 1} is not allowed in a USCC`)
    }
    sum += value * USCC_WEIGHTS[i]
  }
  const check = (31 - (sum % 31)) % 31
  return USCC_CHARSET[check]
}

/** Why `value` is not a USCC, or null if it is one. Lower-case letters are refused (store upper case). */
export function usccProblem(value: unknown): UsccProblem | null {
  if (typeof value !== "string") {
    return { reason: "type", message: "must be a string of 18 characters" }
  }
  if (value.length !== USCC_LENGTH) {
    return { reason: "length", message: `must be 18 characters long, got ${value.length}` }
  }
  for (let i = 0; i < USCC_LENGTH; i++) {
    if (charValue(value[i]) < 0) {
      return {
        reason: "character",
        position: i + 1,
        message: `character ${JSON.stringify(value[i])} at position ${i + 1} is not allowed (only 0-9 and upper-case A-H J-N P-R T-U W-Y)`,
      }
    }
  }
  if (!/^\d{6}$/.test(value.slice(2, 8))) {
    return {
      reason: "region",
      message: `positions 3-8 must be a 6-digit administrative division code, got ${JSON.stringify(value.slice(2, 8))}`,
    }
  }
  const expected = usccCheckCharacter(value.slice(0, 17))
  if (value[17] !== expected) {
    return {
      reason: "check_character",
      expected,
      message: `check character (position 18) is ${JSON.stringify(value[17])} but should be ${JSON.stringify(expected)}`,
    }
  }
  return null
}

export function isValidUscc(value: unknown): value is string {
  return usccProblem(value) === null
}

/** Throws InvalidValueError naming `field` and the reason (length / character / check character). */
export function assertUscc(value: unknown, field = "uscc"): asserts value is string {
  const problem = usccProblem(value)
  if (problem) {
    throw new InvalidValueError(`${field} is not a valid unified social credit code: ${problem.message}`)
  }
}

/** The administrative division code (positions 3-8) of a valid USCC. */
export function usccRegionCode(uscc: string): string {
  assertUscc(uscc)
  return uscc.slice(2, 8)
}

/** GB 11714 check character of an organization code's first 8 characters (0-9 A-Z). */
export function organizationCodeCheckCharacter(first8: string): string {
  const weights = [3, 7, 9, 10, 5, 8, 4, 2]
  let sum = 0
  for (let i = 0; i < 8; i++) {
    const c = first8[i]
    const value = /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55 // A = 10 … Z = 35
    sum += value * weights[i]
  }
  const check = 11 - (sum % 11)
  return check === 10 ? "X" : check === 11 ? "0" : String(check)
}

export type GenerateUsccOptions = {
  /** Same seed, same code. */
  seed: number | string
  /** Position 1; default "9" (market regulation). */
  authority?: string
  /** Position 2; default "1" (enterprise). */
  category?: string
  /** Positions 3-8; default "140100" (Taiyuan). */
  regionCode?: string
}

/**
 * A well-formed USCC for demo and test data: deterministic for a seed, with a GB 11714-valid
 * organization code and a correct check character. Not a real organization's code (unless by
 * coincidence).
 */
export function generateUscc(options: GenerateUsccOptions): string {
  const authority = options.authority ?? "9"
  const category = options.category ?? "1"
  const region = options.regionCode ?? "140100"
  if (!/^\d{6}$/.test(region)) {
    throw new InvalidValueError(`regionCode must be 6 digits, got ${JSON.stringify(region)}`)
  }
  const random = seededRandom(options.seed)
  let body = ""
  for (let i = 0; i < 8; i++) {
    body += String(Math.floor(random() * 10))
  }
  const first17 = `${authority}${category}${region}${body}${organizationCodeCheckCharacter(body)}`
  return first17 + usccCheckCharacter(first17)
}
