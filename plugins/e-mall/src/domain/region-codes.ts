/**
 * Administrative region codes (GB/T 2260, 6 digits: province 2, prefecture 2, county 2).
 * An offer lists the regions it delivers to; delivering to a province covers its prefectures
 * and counties, and NATIONWIDE_REGION_CODE covers the whole country.
 */
import { InvalidValueError } from "@govmall/procurement-core/domain/domain-error"

/** 中华人民共和国. */
export const NATIONWIDE_REGION_CODE = "100000"

const REGION_PATTERN = /^\d{6}$/

export function isRegionCode(value: unknown): value is string {
  return typeof value === "string" && REGION_PATTERN.test(value)
}

export function assertRegionCode(value: unknown, field = "region_code"): asserts value is string {
  if (!isRegionCode(value)) {
    throw new InvalidValueError(`${field} must be a 6-digit administrative region code, got ${JSON.stringify(value)}`)
  }
}

/**
 * The delivery codes that serve a purchaser in `code`: the code itself, its prefecture, its
 * province and the nationwide code. "140105" → ["140105", "140100", "140000", "100000"].
 */
export function regionCodesServing(code: string): string[] {
  assertRegionCode(code)
  const codes = [code, `${code.slice(0, 4)}00`, `${code.slice(0, 2)}0000`, NATIONWIDE_REGION_CODE]
  return [...new Set(codes)]
}
