import path from "path"
import { CATEGORIES } from "./data/categories"
import { PRODUCTS } from "./data/products"
import { placeholderSvg, wrapText } from "./images"
import { backendRoot } from "./paths"
import { type CatalogRefs, isService, specEntries, toCreateProductInput } from "./product-input"

describe("demo catalog data", () => {
  it("holds about a hundred products in every category", () => {
    expect(PRODUCTS.length).toBeGreaterThanOrEqual(95)
    for (const category of CATEGORIES) {
      expect(PRODUCTS.filter((p) => p.category === category.handle).length, category.handle).toBeGreaterThan(0)
    }
  })

  it.each([
    ["handle", (p: (typeof PRODUCTS)[number]) => p.handle],
    ["sku", (p: (typeof PRODUCTS)[number]) => p.sku],
    ["title", (p: (typeof PRODUCTS)[number]) => p.title],
  ])("has unique %s values", (_, pick) => {
    const values = PRODUCTS.map(pick)
    expect(values.filter((v, i) => values.indexOf(v) !== i)).toEqual([])
  })

  it("uses URL-safe handles", () => {
    expect(PRODUCTS.map((p) => p.handle).filter((h) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(h))).toEqual([])
    expect(CATEGORIES.map((c) => c.handle).filter((h) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(h))).toEqual([])
  })

  it("prices every product in positive whole fen", () => {
    expect(PRODUCTS.filter((p) => !Number.isSafeInteger(p.price_fen) || p.price_fen <= 0)).toEqual([])
  })

  it("stocks goods and leaves services without inventory", () => {
    const serviceCategories = CATEGORIES.filter((c) => c.product_type !== "货物").map((c) => c.handle)
    for (const product of PRODUCTS) {
      const expectService = (serviceCategories as string[]).includes(product.category)
      expect(isService(product), product.handle).toBe(expectService)
      if (!expectService) {
        expect(product.stock, product.handle).toBeGreaterThan(0)
      }
    }
  })

  it("gives every product at least three specs its category declares", () => {
    for (const product of PRODUCTS) {
      expect(specEntries(product).length, product.handle).toBeGreaterThanOrEqual(3)
    }
  })
})

describe("toCreateProductInput", () => {
  const refs: CatalogRefs = {
    categoryIdByHandle: new Map(CATEGORIES.map((c) => [c.handle, `pcat_${c.handle}`])),
    typeIdByValue: new Map([
      ["货物", "ptyp_goods"],
      ["生活服务", "ptyp_life"],
      ["修理修配劳务", "ptyp_repair"],
    ]),
    option: { id: "opt_spec", title: "规格", valueId: "optval_std", value: "标准" },
    salesChannelId: "sc_1",
    shippingProfileId: "sp_1",
    imageBaseUrl: "http://localhost:9000/static/seed-images",
  }

  it("builds a published, shippable, stocked product for goods", () => {
    const product = PRODUCTS.find((p) => p.handle === "lenovo-thinkcentre-m750t-i5")!
    const input = toCreateProductInput(product, refs)
    expect(input).toMatchObject({
      status: "published",
      handle: "lenovo-thinkcentre-m750t-i5",
      type_id: "ptyp_goods",
      category_ids: ["pcat_desktop-computers"],
      shipping_profile_id: "sp_1",
      sales_channels: [{ id: "sc_1" }],
      options: [{ id: "opt_spec", value_ids: ["optval_std"] }],
      thumbnail: "http://localhost:9000/static/seed-images/lenovo-thinkcentre-m750t-i5.svg",
    })
    expect(input.variants).toEqual([
      expect.objectContaining({
        sku: "LNV-M750T-I5-16-512",
        options: { 规格: "标准" },
        manage_inventory: true,
        prices: [{ currency_code: "cny", amount: 5299 }],
      }),
    ])
    expect((input.metadata as { specs: { key: string }[] }).specs.map((s) => s.key)).toEqual([
      "cpu",
      "memory",
      "storage",
      "graphics",
      "display",
      "os",
      "warranty",
    ])
  })

  it("gives services neither inventory nor a shipping profile", () => {
    const product = PRODUCTS.find((p) => p.category === "cleaning-services")!
    const input = toCreateProductInput(product, refs)
    expect(input.shipping_profile_id).toBeUndefined()
    expect(input.type_id).toBe("ptyp_life")
    expect(input.variants?.[0].manage_inventory).toBe(false)
  })
})

describe("placeholder images", () => {
  it.each([
    ["ThinkPad X1 Carbon Gen 12", 22, 2, ["ThinkPad X1 Carbon Gen", "12"]],
    ["Color LaserJet Pro M454dn", 22, 2, ["Color LaserJet Pro", "M454dn"]],
    ["ThinkPad X1 Carbon Gen 12", 12, 2, ["ThinkPad X1", "Carbon Gen…"]],
    ["启天 M450", 22, 2, ["启天 M450"]],
    ["一二三四五六七八", 8, 3, ["一二三四", "五六七八"]],
    ["一二三四五六七八九", 8, 2, ["一二三四", "五六七…"]],
    ["Supercalifragilistic", 8, 3, ["Supercal", "ifragili", "stic"]],
  ])("wraps %s at width %i into %j", (text, width, lines, expected) => {
    expect(wrapText(text, width, lines)).toEqual(expected)
  })

  it("escapes XML in labels", () => {
    const svg = placeholderSvg({
      handle: "x",
      categoryName: "A&B",
      categoryNameEn: "<c>",
      color: "#000",
      brand: "\"d\"",
      model: "e",
    })
    expect(svg).toContain("A&amp;B")
    expect(svg).toContain("&lt;c&gt;")
    expect(svg).toContain("&quot;d&quot;")
  })
})

describe("backendRoot", () => {
  it("points at backend/ also from the compiled copy", () => {
    const backend = path.join(path.sep, "work", "main", "backend")
    expect(backendRoot(backend)).toBe(backend)
    expect(backendRoot(path.join(backend, ".medusa", "server"))).toBe(backend)
  })
})
