/**
 * Small deterministic PRNG (mulberry32 over a string hash) for generated and demo data: the same
 * seed gives the same sequence on every machine and every run. Not for anything secret.
 */
export function seededRandom(seed: number | string): () => number {
  let h = 1779033703
  const text = String(seed)
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 3432918353)
    h = (h << 13) | (h >>> 19)
  }
  let state = h >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
