// The e-mall's price rules answer in English with the amounts in fen ("price_fen 999900
// (¥9999.00) exceeds the reference price 59900 (¥599.00)…"): the two rules a supplier meets
// most are told as a sentence in the page's language, with the amounts as money.

export type PriceRuleProblem =
  | { key: "supplier.offers.priceRules.aboveReference"; referenceFen: number }
  | { key: "supplier.offers.priceRules.upheldReport" }

export function priceRuleProblem(message: string): PriceRuleProblem | undefined {
  const reference = /exceeds the reference price (\d+)/.exec(message)
  if (reference) return { key: "supplier.offers.priceRules.aboveReference", referenceFen: Number(reference[1]) }
  if (/has an upheld price report .*may not be raised/.test(message)) return { key: "supplier.offers.priceRules.upheldReport" }
  return undefined
}
