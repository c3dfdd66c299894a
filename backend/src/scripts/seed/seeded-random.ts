// The PRNG itself is procurement-core's (also used for generated USCCs).
export { seededRandom } from "@govmall/procurement-core/domain/seeded-random"

/** Integer in [min, max], both included. */
export function randomInt(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1))
}
