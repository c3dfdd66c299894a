/**
 * Yuan ↔ fen for the admin screens. Money is integer fen everywhere; a reviewer types yuan
 * ("2,499.50", "￥2499.5"), which is parsed as a decimal string — never through a float, so
 * 0.29 yuan is exactly 29 fen, not 28.999….
 */

/** PostgreSQL `integer`, the largest price an offer, target or reference may have. */
export const MAX_PRICE_FEN = 2_147_483_647

export type YuanParseError = "empty" | "format" | "precision" | "zero" | "too_large"
export type YuanParseResult = { ok: true; fen: number } | { ok: false; error: YuanParseError }

/**
 * Parses a yuan amount: optional ¥/￥/元, digits with optional thousands commas (full-width
 * forms too), at most two decimals. Zero and negative amounts are refused.
 */
export function parseYuanToFen(input: string, maxFen: number = MAX_PRICE_FEN): YuanParseResult {
  const text = input
    .normalize("NFKC")
    .trim()
    .replace(/^¥\s*/, "")
    .replace(/\s*元$/, "")
  if (text === "") {
    return { ok: false, error: "empty" }
  }
  const match = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/.exec(text)
  if (!match) {
    return { ok: false, error: "format" }
  }
  const whole = match[1].replace(/,/g, "").replace(/^0+(?=\d)/, "")
  const fraction = match[2] ?? ""
  if (fraction.length > 2) {
    return { ok: false, error: "precision" }
  }
  // Compare as digit strings first: Number() of a long string would lose precision.
  if (whole.length > String(Math.floor(maxFen / 100)).length) {
    return { ok: false, error: "too_large" }
  }
  const fen = Number(whole) * 100 + Number(fraction.padEnd(2, "0"))
  if (fen === 0) {
    return { ok: false, error: "zero" }
  }
  if (fen > maxFen) {
    return { ok: false, error: "too_large" }
  }
  return { ok: true, fen }
}

function yuanParts(fen: number): { sign: string; whole: string; cents: string } {
  if (!Number.isSafeInteger(fen)) {
    throw new RangeError(`${fen} is not a whole number of fen`)
  }
  const abs = Math.abs(fen)
  return { sign: fen < 0 ? "-" : "", whole: String(Math.floor(abs / 100)), cents: String(abs % 100).padStart(2, "0") }
}

/** 280000 → "¥2,800.00" (grouped, two decimals, for display). */
export function formatFen(fen: number): string {
  const { sign, whole, cents } = yuanParts(fen)
  return `${sign}¥${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${cents}`
}

/** 280000 → "2800.00" (what an input field is prefilled with; parses back to the same fen). */
export function fenToYuanInput(fen: number): string {
  const { sign, whole, cents } = yuanParts(fen)
  return `${sign}${whole}.${cents}`
}
