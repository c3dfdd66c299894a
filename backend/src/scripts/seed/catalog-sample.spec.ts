import { describe, expect, it } from "vitest"
import { sampleCatalog, sampleProducts, SAMPLE_PER_CATEGORY } from "./catalog-sample"
import { CATEGORIES } from "./data/categories"
import { PRODUCTS } from "./data/products"

describe("sampleCatalog", () => {
  it.each([1, 2, 3, 5])("takes the first %i products of each category, in catalog order", (n) => {
    const sample = sampleCatalog(PRODUCTS, n)
    for (const category of CATEGORIES) {
      const all = PRODUCTS.filter((p) => p.category === category.handle)
      expect(sample.filter((p) => p.category === category.handle), category.handle).toEqual(all.slice(0, n))
    }
    expect(sample.map((p) => PRODUCTS.indexOf(p))).toEqual([...sample.map((p) => PRODUCTS.indexOf(p))].sort((a, b) => a - b))
  })

  it("keeps a short category whole", () => {
    expect(sampleCatalog(PRODUCTS, 1000)).toEqual(PRODUCTS)
  })

  it.each([0, -1, 1.5, Number.NaN])("refuses perCategory %s", (n) => {
    expect(() => sampleCatalog(PRODUCTS, n)).toThrow(/perCategory/)
  })
})

describe("the store seed's products (tests/helpers/seeded-store.ts)", () => {
  const sample = sampleProducts(PRODUCTS)

  it("is small and covers every category", () => {
    expect(sample.length).toBe(CATEGORIES.length * SAMPLE_PER_CATEGORY)
    expect(sample.length).toBeLessThan(PRODUCTS.length / 4)
  })

  // Specs on the store seed search for these; they must stay in the sample.
  it.each([
    ["台式计算机", (p: (typeof PRODUCTS)[number]) => p.title.includes("台式计算机")],
    ["空调 (goods)", (p: (typeof PRODUCTS)[number]) => p.category === "air-conditioners"],
    ["空调 (a service)", (p: (typeof PRODUCTS)[number]) => p.stock === undefined && p.title.includes("空调")],
    ["格力 KFR-35GW", (p: (typeof PRODUCTS)[number]) => p.handle === "gree-yunjia-kfr-35gw"],
    ["the reference-price test's air conditioner", (p: (typeof PRODUCTS)[number]) => p.handle === "gree-tianyi-kfr-72lw"],
    ["打印", (p: (typeof PRODUCTS)[number]) => p.title.includes("打印")],
    ["联想 ThinkCentre", (p: (typeof PRODUCTS)[number]) => p.brand === "联想" && p.title.includes("ThinkCentre")],
  ] as const)("holds a product for %s", (_, holds) => {
    expect(sample.some(holds)).toBe(true)
  })
})
