import { priceRuleProblem } from "./offer-price-error"

describe("priceRuleProblem", () => {
  it.each([
    [
      "price_fen 999900 (¥9999.00) exceeds the reference price 59900 (¥599.00) recorded on 2026-11-30",
      { key: "supplier.offers.priceRules.aboveReference", referenceFen: 59900 },
    ],
    [
      "offer offer_1 has an upheld price report (prep_1): its price may not be raised until the report is settled",
      { key: "supplier.offers.priceRules.upheldReport" },
    ],
    ["price_fen must be a whole number of fen", undefined],
    ["offer offer_1 is delisted", undefined],
  ])("%s", (message, expected) => {
    expect(priceRuleProblem(message)).toEqual(expected)
  })
})
