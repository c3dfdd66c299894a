// Money and dates as a person in China reads them, in either language: amounts in yuan with
// "¥" (never "CN¥"), dates and times on Beijing time whatever the browser's zone.
import type { Language } from "../i18n"

export const TIME_ZONE = "Asia/Shanghai"
const moneyFormats = new Map<Language, Intl.NumberFormat>()

/**
 * Integer fen → "¥4,299.00". Fen are exact integers: the yuan part and the two decimals
 * come from integer arithmetic, so no float rounding shows (Intl only adds grouping).
 */
export function formatFen(fen: number, language: Language): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`not a whole number of fen: ${fen}`)
  let format = moneyFormats.get(language)
  if (!format) {
    format = new Intl.NumberFormat(language, { style: "currency", currency: "CNY", currencyDisplay: "narrowSymbol" })
    moneyFormats.set(language, format)
  }
  const negative = fen < 0
  const abs = Math.abs(fen)
  const yuan = Math.floor(abs / 100)
  const cents = String(abs % 100).padStart(2, "0")
  // Format the whole yuan for grouping and symbol, then put the exact fen digits in.
  const parts = format.formatToParts(negative ? -yuan : yuan)
  return parts.map((part) => (part.type === "fraction" ? cents : part.value)).join("")
}

/** Medusa amounts are yuan with up to two decimals (e.g. 5299.5); to fen exactly. */
export function yuanAmountToFen(amount: number | string): number {
  return parseYuanToFen(String(amount)) ?? NaN
}

/**
 * A price typed by a person ("4299", "4,299.5", "￥4299.00", full-width digits) → fen, or
 * undefined when it is not an amount ≥ 0 with at most two decimals. Decimal string maths, no
 * float: 0.29 yuan is 29 fen, not 28.999….
 */
export function parseYuanToFen(input: string): number | undefined {
  const text = input
    .normalize("NFKC")
    .trim()
    .replace(/^[¥￥]\s*/, "")
    .replace(/,/g, "")
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(text)
  if (!match) return undefined
  const fen = Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"))
  return Number.isSafeInteger(fen) ? fen : undefined
}

/** "2026年12月1日 14:05" / "Dec 1, 2026, 14:05", Beijing time. */
export function formatDateTime(iso: string | Date, language: Language): string {
  return new Intl.DateTimeFormat(language, {
    timeZone: TIME_ZONE,
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(new Date(iso))
}

/** "2026年12月1日" / "Dec 1, 2026". Dates without a time (YYYY-MM-DD) are Beijing calendar days. */
export function formatDate(value: string | Date, language: Language): string {
  const date = typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00+08:00`) : new Date(value)
  return new Intl.DateTimeFormat(language, { timeZone: TIME_ZONE, year: "numeric", month: "short", day: "numeric" }).format(date)
}
