import { describe, expect, it } from "vitest"
import { checkOfferPrice, MAX_OFFER_PRICE_FEN } from "./check-offer-price"

describe("checkOfferPrice", () => {
  it.each([
    ["a new offer at the reference", { price_fen: 500000, reference_price_fen: 500000 }, "new", true],
    ["a new offer without reference", { price_fen: 1, reference_price_fen: null }, "new", true],
    ["an increase", { price_fen: 480000, reference_price_fen: 500000, current_price_fen: 470000 }, "increase", true],
    ["a decrease", { price_fen: 460000, reference_price_fen: 500000, current_price_fen: 470000 }, "decrease", false],
    ["no change", { price_fen: 470000, reference_price_fen: 500000, current_price_fen: 470000 }, "unchanged", false],
    ["the maximum", { price_fen: MAX_OFFER_PRICE_FEN, reference_price_fen: null }, "new", true],
  ])("accepts %s", (_label, input, change, needsReview) => {
    expect(checkOfferPrice(input)).toMatchObject({ change, needs_review: needsReview, price_fen: input.price_fen })
  })

  it.each([
    ["zero", 0, null, "price_fen must be greater than 0 fen, got 0"],
    ["negative", -100, null, "price_fen must be greater than 0 fen, got -100"],
    ["a fraction of a fen", 10.5, null, "price_fen must be a whole number of fen, got 10.5"],
    ["a string", "100", null, 'price_fen must be a whole number of fen, got "100"'],
    ["NaN", Number.NaN, null, "price_fen must be a whole number of fen, got NaN"],
    ["too large", MAX_OFFER_PRICE_FEN + 1, null, `price_fen must be at most ${MAX_OFFER_PRICE_FEN} fen`],
    ["above the reference", 500001, 500000, "price_fen 500001 (¥5000.01) exceeds the reference price 500000 (¥5000.00) of product prod_1"],
  ])("refuses %s with invalid_data naming the field", (_label, price, reference, message) => {
    try {
      checkOfferPrice({ price_fen: price, reference_price_fen: reference, product: "prod_1" })
      expect.unreachable()
    } catch (error: any) {
      expect(error.kind).toBe("invalid_data")
      expect(error.message).toContain(message)
    }
  })

  it("names a custom field", () => {
    expect(() => checkOfferPrice({ price_fen: -1, reference_price_fen: null, field: "new_price_fen" })).toThrow(
      /^new_price_fen must be greater than 0/
    )
  })
})
