import { describe, expect, it } from "vitest"
import { catalogKeyState, KEY_HAS_PRODUCTS } from "./catalog-key"
import { buildCatalogSearch, CATALOG_COUNT_CAP, type CatalogSearchParams } from "./catalog-query"
import { buildProductOffers } from "./catalog-offers-query"

const base: CatalogSearchParams = { publishable_key: "pk_test", today: "2026-12-01", limit: 20, offset: 0 }
const placeholders = (sql: string) => (sql.match(/\?/g) ?? []).length

describe("catalogKeyState", () => {
  it.each([
    [null, "invalid"],
    [undefined, "invalid"],
    [0, "no_sales_channel"],
    [1, "ok"],
    [3, "ok"],
  ] as const)("%s channels → %s", (channels, state) => {
    expect(catalogKeyState(channels)).toBe(state)
  })
})

describe("buildCatalogSearch", () => {
  it.each<[string, Partial<CatalogSearchParams>, RegExp]>([
    ["list", {}, /FROM "catalog_entry" e\s+WHERE \(SELECT k\."has_products" FROM "catalog_key" k\) AND e\."offer_count" > 0/],
    ["search", { q: "台式计算机" }, /"tokens" @> \?::text\[\]/],
    ["category + brand", { category_id: ["pcat_1"], brand: "格力" }, /"brand_key" = \?/],
    ["region only: offer walk", { region_code: "140105" }, /NOT EXISTS \(SELECT 1 FROM "offer" o2/],
    ["price range only: offer walk", { price_min: 1, price_max: 2 }, /\(o2\."price_fen", o2\."id"\) < \(o\."price_fen", o\."id"\)/],
    ["search + certificate: entry probes", { q: "打印", certificate: "energy_saving" }, /CROSS JOIN LATERAL/],
    ["category + region + price: entry probes", { category_id: ["pcat_1"], region_code: "140105", price_max: 5 }, /CROSS JOIN LATERAL/],
  ])("%s: the key CTE first, one binding per placeholder, the walk gated on the key's products, the expected path", (_name, params, path) => {
    const statement = buildCatalogSearch({ ...base, ...params })
    expect(statement.sql.startsWith(`WITH "catalog_key" AS MATERIALIZED`)).toBe(true)
    expect(statement.sql).toContain(`WHERE ${KEY_HAS_PRODUCTS} AND`)
    expect(statement.bindings[0]).toBe("pk_test")
    expect(statement.bindings).toHaveLength(placeholders(statement.sql))
    expect(statement.sql).toMatch(path)
  })

  it("walks to the end of the page or one past the count cap, whichever is further", () => {
    expect(buildCatalogSearch(base).walkLimit).toBe(CATALOG_COUNT_CAP + 1)
    expect(buildCatalogSearch({ ...base, offset: 300, limit: 50 }).walkLimit).toBe(351)
  })
})

describe("buildProductOffers", () => {
  it("checks the key in the same statement and binds the product", () => {
    const statement = buildProductOffers("prod_1", "2026-12-01", "pk_test")
    expect(statement.bindings).toEqual(["pk_test", "2026-12-01", "prod_1"])
    expect(statement.bindings).toHaveLength(placeholders(statement.sql))
  })
})
