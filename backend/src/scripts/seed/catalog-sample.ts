import type { SeedProduct } from "./data/products"

/**
 * A small catalog for tests that need only a store to buy from: the first `perCategory`
 * products of each category, in catalog order. Deterministic, so specs can compute what the
 * store holds from the same list.
 */
export function sampleCatalog(products: readonly SeedProduct[], perCategory: number): SeedProduct[] {
  if (!Number.isSafeInteger(perCategory) || perCategory < 1) {
    throw new Error(`perCategory must be a whole number of at least 1, got ${perCategory}`)
  }
  const taken = new Map<string, number>()
  return products.filter((product) => {
    const count = taken.get(product.category) ?? 0
    taken.set(product.category, count + 1)
    return count < perCategory
  })
}

/** Products per category in the test seed (`seedDemoData(…, { catalog: "sample" })`). */
export const SAMPLE_PER_CATEGORY = 3

/** The test seed's products. */
export function sampleProducts(products: readonly SeedProduct[]): SeedProduct[] {
  return sampleCatalog(products, SAMPLE_PER_CATEGORY)
}
