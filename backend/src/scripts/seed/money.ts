/**
 * Our source data keeps money in integer fen (分). Medusa stores amounts in the currency's
 * main unit (CNY has 2 decimal digits, so ¥4,599.00 is `4599`), so convert only at the edge.
 */
export function fenToYuan(fen: number): number {
  if (!Number.isSafeInteger(fen) || fen < 0) {
    throw new Error(`Price must be a non-negative integer number of fen, got ${fen}`)
  }
  // Division of an integer by 100 yields the nearest double to the decimal value
  // (e.g. 1999 → 19.99), which is what Medusa's BigNumber parses.
  return fen / 100
}
