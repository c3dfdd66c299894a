const formatters = new Map<string, Intl.NumberFormat>()

/**
 * Formats a Medusa amount (CNY in yuan with two decimals, e.g. 5299 → "¥5,299.00").
 * narrowSymbol keeps "¥" in English too, where the default would be "CN¥".
 */
export function formatPrice(amount: number, locale: string, currency = "CNY"): string {
  const key = `${locale}|${currency}`
  let formatter = formatters.get(key)
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, {
      style: "currency",
      currency,
      currencyDisplay: "narrowSymbol",
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    })
    formatters.set(key, formatter)
  }
  return formatter.format(amount)
}
