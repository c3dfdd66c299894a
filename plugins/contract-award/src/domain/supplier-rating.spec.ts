import { describe, expect, it } from "vitest"
import { assertRating, ratingSummary } from "./supplier-rating"

describe("ratingSummary", () => {
  it.each([
    [[], null],
    [[5], 50],
    [[5, 4], 45],
    [[5, 4, 4], 43], // 4.333… → 4.3
    [[5, 5, 4], 47], // 4.666… → 4.7
    [[1, 2], 15],
    [[4, 4, 4, 4, 4, 4, 4, 5], 41], // 4.125 → 4.1
    [[3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4], 31], // 3.05 → 3.1 (half-up)
  ])("%j → %s tenths", (ratings, average) => {
    const summary = ratingSummary(ratings)
    expect(summary.average_tenths).toBe(average)
    expect(summary.count).toBe(ratings.length)
  })

  it("counts by stars", () => {
    expect(ratingSummary([5, 5, 3, 1]).by_stars).toEqual({ 1: 1, 2: 0, 3: 1, 4: 0, 5: 2 })
  })

  it.each([0, 6, 4.5, "5", null])("refuses %j", (stars) => {
    expect(() => assertRating(stars)).toThrow(/rating must be a whole number of stars from 1 to 5/)
    expect(() => ratingSummary([5, stars as number])).toThrow(/ratings\[1\] must be/)
  })
})
