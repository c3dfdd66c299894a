import path from "path"
import { isValidUscc } from "@govmall/procurement-core/domain/uscc"
import { isCertificateValidAt } from "@govmall/e-mall/domain/certificate-validity"
import { isRegionCode } from "@govmall/e-mall/domain/region-codes"
import { CATALOG_CODE, CATEGORIES } from "./data/categories"
import { DEMO_PENDING_REVIEW, DEMO_PRICE_INCREASE, DEMO_REJECTED } from "./data/offers"
import { SUPPLIERS } from "./data/organizations"
import { PRODUCTS } from "./data/products"
import { GREEN_CATEGORIES, planDemoOffers, quotePrice } from "./offer-plan"
import { placeholderSvg, wrapText } from "./images"
import { backendRoot } from "./paths"
import { type CatalogRefs, isService, specEntries, toCreateProductInput } from "./product-input"

describe("demo catalog data", () => {
  it("holds about three hundred products, at least five in every category", () => {
    expect(PRODUCTS.length).toBeGreaterThanOrEqual(290)
    for (const category of CATEGORIES) {
      expect(PRODUCTS.filter((p) => p.category === category.handle).length, category.handle).toBeGreaterThanOrEqual(5)
    }
  })

  it("covers the categories the issue names", () => {
    const names = CATEGORIES.map((c) => c.name)
    for (const name of ["台式计算机", "便携式计算机", "打印机", "复印纸", "办公桌椅", "办公用品", "清洁用品", "车辆维修", "车辆租赁"]) {
      expect(names).toContain(name)
    }
  })

  it("gives every product a brand and a model, and goods their brand in the title (searchable)", () => {
    for (const product of PRODUCTS) {
      expect(product.brand.trim(), product.handle).not.toBe("")
      expect(product.model.trim(), product.handle).not.toBe("")
      if (!isService(product)) {
        expect(product.title, product.handle).toContain(product.brand)
      }
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

// Procurement clock at seed time; certificates must be valid then and for a good while after.
const NOW = new Date("2026-12-01T10:00:00+08:00")
const plan = planDemoOffers(PRODUCTS, SUPPLIERS, NOW)
const supplierOf = new Map(SUPPLIERS.map((s) => [s.uscc, s]))
const productOf = new Map(PRODUCTS.map((p) => [p.handle, p]))
const referenceOf = new Map(plan.references.map((r) => [r.product_handle, r.price_fen]))
const offersOf = (handle: string) => plan.offers.filter((o) => o.product_handle === handle)

describe("demo offers plan", () => {
  it("is deterministic", () => {
    expect(planDemoOffers(PRODUCTS, SUPPLIERS, NOW)).toEqual(plan)
  })

  it("lists every product with 2–5 offers from different suppliers, about a thousand in all", () => {
    for (const product of PRODUCTS) {
      const offers = offersOf(product.handle)
      expect(offers.length, product.handle).toBeGreaterThanOrEqual(2)
      expect(offers.length, product.handle).toBeLessThanOrEqual(5)
      expect(new Set(offers.map((o) => o.supplier_uscc)).size, product.handle).toBe(offers.length)
    }
    expect(plan.offers.length).toBeGreaterThan(800)
    expect(plan.offers.length).toBeLessThan(1300)
  })

  it("leaves every product at least two approved offers to compare", () => {
    for (const product of PRODUCTS) {
      expect(offersOf(product.handle).filter((o) => o.outcome === "approved").length, product.handle).toBeGreaterThanOrEqual(2)
    }
  })

  it("takes offers only from approved suppliers whose lines cover the category, with valid USCCs", () => {
    for (const offer of plan.offers) {
      const supplier = supplierOf.get(offer.supplier_uscc)!
      expect(supplier, offer.supplier_uscc).toBeDefined()
      expect(supplier.review.status, supplier.name).toBe("approved")
      expect(supplier.catalog_codes, `${supplier.name} → ${offer.product_handle}`).toContain(CATALOG_CODE[offer.category])
      expect(isValidUscc(offer.supplier_uscc), offer.supplier_uscc).toBe(true)
    }
    const pendingOrRejected = SUPPLIERS.filter((s) => s.review.status !== "approved").map((s) => s.uscc)
    expect(pendingOrRejected.length).toBe(3)
    expect(plan.offers.filter((o) => pendingOrRejected.includes(o.supplier_uscc))).toEqual([])
  })

  it("gives every category at least two approved suppliers", () => {
    for (const category of CATEGORIES) {
      const suppliers = SUPPLIERS.filter(
        (s) => s.review.status === "approved" && s.catalog_codes.includes(CATALOG_CODE[category.handle])
      )
      expect(suppliers.length, category.handle).toBeGreaterThanOrEqual(2)
    }
  })

  it("records a reference price for most products, and every offer is at or below it (or the list price)", () => {
    expect(plan.references.length / PRODUCTS.length).toBeGreaterThan(0.8)
    expect(plan.references.length).toBeLessThan(PRODUCTS.length)
    for (const offer of plan.offers) {
      const cap = referenceOf.get(offer.product_handle) ?? productOf.get(offer.product_handle)!.price_fen
      expect(offer.price_fen, offer.product_handle).toBeLessThanOrEqual(cap)
      expect(offer.increased_price_fen ?? 0, offer.product_handle).toBeLessThanOrEqual(cap)
    }
  })

  it("quotes positive whole fen that differ by supplier", () => {
    for (const offer of plan.offers) {
      expect(Number.isSafeInteger(offer.price_fen) && offer.price_fen > 0, offer.product_handle).toBe(true)
    }
    for (const product of PRODUCTS) {
      const prices = offersOf(product.handle).map((o) => o.price_fen)
      expect(new Set(prices).size, product.handle).toBe(prices.length)
    }
  })

  it.each([
    [529900, 529900],
    [529899, 528900],
    [455607, 454900],
    [12345, 12300],
    [1234, 1230],
    [5, 10],
  ])("quotes %i fen as %i", (fen, quoted) => {
    expect(quotePrice(fen)).toBe(quoted)
  })

  it("gives terms a purchaser can filter on: stock, 6-digit delivery regions, lead time, warranty", () => {
    for (const offer of plan.offers) {
      expect(offer.stock, offer.product_handle).toBeGreaterThan(0)
      expect(offer.delivery_region_codes.length, offer.product_handle).toBeGreaterThan(0)
      expect(offer.delivery_region_codes.every(isRegionCode), offer.product_handle).toBe(true)
      expect(offer.delivery_region_codes.every((c) => c === "100000" || c.startsWith("14")), offer.product_handle).toBe(true)
      expect(offer.lead_time_days, offer.product_handle).toBeGreaterThanOrEqual(1)
      expect(offer.warranty_months, offer.product_handle).toBeGreaterThanOrEqual(0)
    }
    // Suppliers from outside Shanxi deliver nationwide.
    const beijing = SUPPLIERS.find((s) => s.region_code === "110108")!
    expect(plan.offers.filter((o) => o.supplier_uscc === beijing.uscc).every((o) => o.delivery_region_codes[0] === "100000")).toBe(true)
  })

  it("carries a valid energy-saving certificate on every offer of a mandatory green category", () => {
    expect(GREEN_CATEGORIES).toEqual(expect.arrayContaining(["desktop-computers", "laptops", "printers", "air-conditioners"]))
    const inAYear = new Date(NOW.getTime() + 365 * 86_400_000)
    for (const offer of plan.offers.filter((o) => GREEN_CATEGORIES.includes(o.category))) {
      const energy = offer.certificates.filter((c) => c.kind === "energy_saving")
      expect(energy.length, offer.product_handle).toBe(1)
      expect(energy[0].number).toMatch(/^CQC\d{12}$/)
      expect(energy[0].issuer).toBe("中国质量认证中心")
      expect(isCertificateValidAt(energy[0], NOW), offer.product_handle).toBe(true)
      expect(isCertificateValidAt(energy[0], inAYear), offer.product_handle).toBe(true)
    }
  })

  it("leaves the demo states on products that keep two approved offers", () => {
    const byOutcome = (outcome: string) => plan.offers.filter((o) => o.outcome === outcome)
    expect(byOutcome("pending_review").map((o) => o.product_handle).sort()).toEqual([...DEMO_PENDING_REVIEW].sort())
    expect(byOutcome("rejected")).toEqual([expect.objectContaining({ product_handle: DEMO_REJECTED.product, reject_reason: DEMO_REJECTED.reason })])
    const [raised] = byOutcome("price_increase_pending")
    expect(byOutcome("price_increase_pending")).toHaveLength(1)
    expect(raised.product_handle).toBe(DEMO_PRICE_INCREASE.product)
    expect(raised.increased_price_fen).toBeGreaterThan(raised.price_fen)
  })
})

describe("toCreateProductInput", () => {
  const refs: CatalogRefs = {
    categoryIdByHandle: new Map(CATEGORIES.map((c) => [c.handle, `pcat_${c.handle}`])),
    typeIdByValue: new Map([
      ["货物", "ptyp_goods"],
      ["生活服务", "ptyp_life"],
      ["修理修配劳务", "ptyp_repair"],
      ["有形动产租赁", "ptyp_rental"],
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
