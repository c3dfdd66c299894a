import { catalogQuery, EMPTY_FILTERS, filterProblems, filtersFromUrl, filtersToUrl, pageNumbers } from "./catalog-filters"

describe("catalog filters in the URL", () => {
  it("round-trips every filter and leaves out empty ones", () => {
    const params = new URLSearchParams("q=台式计算机&brand=联想&price_max=6000&region_code=140105&certificate=energy_saving&page=3")
    const filters = filtersFromUrl(params)
    expect(filters).toMatchObject({ q: "台式计算机", brand: "联想", price_max: "6000", page: 3, category_id: "" })
    expect(filtersToUrl(filters).toString()).toBe(params.toString())
    expect(filtersToUrl(EMPTY_FILTERS).toString()).toBe("")
  })

  it.each(["0", "-2", "abc", "1.5"])("page=%s falls back to page 1", (page) => {
    expect(filtersFromUrl(new URLSearchParams({ page })).page).toBe(1)
  })
})

describe("catalogQuery", () => {
  it("sends prices in fen and the page as an offset", () => {
    const query = catalogQuery({ ...EMPTY_FILTERS, q: "空调", price_min: "2,000", price_max: "4999.5", page: 2 })
    expect(query).toEqual({
      q: "空调",
      category_id: undefined,
      brand: undefined,
      price_min: 200000,
      price_max: 499950,
      region_code: undefined,
      certificate: undefined,
      limit: 12,
      offset: 12,
    })
  })

  it("puts a swapped price range in order", () => {
    const query = catalogQuery({ ...EMPTY_FILTERS, price_min: "5000", price_max: "1000" })
    expect([query.price_min, query.price_max]).toEqual([100000, 500000])
  })

  it("reports prices that are not amounts", () => {
    expect(filterProblems({ ...EMPTY_FILTERS, price_min: "abc", price_max: "10.123" })).toEqual(["price_min", "price_max"])
    expect(filterProblems({ ...EMPTY_FILTERS, price_min: "￥100" })).toEqual([])
  })
})

describe("pageNumbers", () => {
  it.each([
    [1, 1, [1]],
    [3, 5, [1, 2, 3, 4, 5]],
    [1, 20, [1, 2, "gap", 20]],
    [10, 20, [1, "gap", 9, 10, 11, "gap", 20]],
    [20, 20, [1, "gap", 19, 20]],
  ] as const)("page %i of %i", (current, total, expected) => {
    expect(pageNumbers(current, total)).toEqual(expected)
  })
})
