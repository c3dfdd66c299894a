/**
 * Yuan typed in a form → integer fen, as a decimal string (never through a float: 0.29 yuan is
 * exactly 29 fen). Accepts "¥5,000.00", "5000", full-width digits; at most two decimals.
 * Zero is refused unless `allowZero` (a deposit of 0 means none).
 */
export type YuanError = "empty" | "format" | "precision" | "zero" | "too_large"

export function yuanToFen(input: string, options: { allowZero?: boolean; max?: number } = {}): { ok: true; fen: number } | { ok: false; error: YuanError } {
  const max = options.max ?? Number.MAX_SAFE_INTEGER
  const text = input.normalize("NFKC").trim().replace(/^¥\s*/, "").replace(/\s*元$/, "")
  if (!text) return { ok: false, error: "empty" }
  const match = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/.exec(text)
  if (!match) return { ok: false, error: "format" }
  const whole = match[1].replace(/,/g, "").replace(/^0+(?=\d)/, "")
  const fraction = match[2] ?? ""
  if (fraction.length > 2) return { ok: false, error: "precision" }
  if (whole.length > 15) return { ok: false, error: "too_large" }
  const fen = Number(whole) * 100 + Number(fraction.padEnd(2, "0"))
  if (fen === 0 && !options.allowZero) return { ok: false, error: "zero" }
  if (fen > max) return { ok: false, error: "too_large" }
  return { ok: true, fen }
}

/** 123456 → "1234.56" (what the form shows when editing). */
export function fenToYuanText(fen: number): string {
  const whole = Math.floor(fen / 100)
  const cents = fen % 100
  return cents ? `${whole}.${String(cents).padStart(2, "0")}` : String(whole)
}

/** 123456 → "¥1,234.56" */
export function formatFen(fen: number | null | undefined): string {
  if (fen === null || fen === undefined || !Number.isFinite(Number(fen))) return "—"
  const n = Number(fen)
  const whole = Math.floor(n / 100).toLocaleString("en-US")
  return `¥${whole}.${String(n % 100).padStart(2, "0")}`
}
