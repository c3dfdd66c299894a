/**
 * The purchaser's rating of the supplier, given with the acceptance (履约验收) of a contract
 * (issue #5 item 7; supervision.md "Credit evaluation": purchaser rates supplier after
 * acceptance), and the summary that direct selection shows next to each shortlisted supplier.
 *
 * A rating is 1–5 whole stars. The average is kept in whole tenths of a star
 * (`average_tenths` 43 = 4.3), rounded half-up, so it never passes through a float.
 */
import { InvalidValueError } from "@govmall/procurement-core/domain/domain-error"

export const MIN_STARS = 1
export const MAX_STARS = 5

export function assertRating(stars: unknown, label = "rating"): asserts stars is number {
  if (typeof stars !== "number" || !Number.isSafeInteger(stars) || stars < MIN_STARS || stars > MAX_STARS) {
    throw new InvalidValueError(`${label} must be a whole number of stars from ${MIN_STARS} to ${MAX_STARS}, got ${String(stars)}`)
  }
}

export function ratingSummary(ratings: readonly number[]): { count: number; average_tenths: number | null; by_stars: Record<1 | 2 | 3 | 4 | 5, number> } {
  const byStars = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 }
  let sum = 0
  ratings.forEach((stars, index) => {
    assertRating(stars, `ratings[${index}]`)
    byStars[stars as 1 | 2 | 3 | 4 | 5] += 1
    sum += stars
  })
  if (ratings.length === 0) return { count: 0, average_tenths: null, by_stars: byStars }
  // sum·10 / count rounded half-up, in integers
  const average = Math.floor((sum * 20 + ratings.length) / (2 * ratings.length))
  return { count: ratings.length, average_tenths: average, by_stars: byStars }
}
