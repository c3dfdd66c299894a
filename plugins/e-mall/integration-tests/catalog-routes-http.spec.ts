/**
 * The purchaser catalog's own prefix over HTTP (GET /catalog/products, /catalog/products/:id/offers;
 * docs/adr/0006): the publishable key is checked inside the catalog's SQL statement (missing,
 * unknown, secret, revoked, without sales channel → 400 with Medusa's messages; another sales
 * channel's key sees nothing), Chinese search and filters, the offers comparison, a price change
 * in the very next response (no cache), bad parameters → 400 naming the parameter, CORS for the
 * storefront's origin, and the /store/catalog aliases answering the same; each offer names its
 * supplier (procurement-core organization + supplier profile, registered through its module
 * service), and a soft-deleted organization gives `supplier: null`. Real app, real PostgreSQL
 * (built plugin).
 */
import { medusaIntegrationTestRunner } from "../../../tests/helpers/integration-runner"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createRequire } from "node:module"
import { seedStore, STORE_PRODUCTS } from "../../../tests/helpers/seeded-store"
import { CATEGORIES } from "../../../backend/src/scripts/seed/data/categories"

const nodeRequire = createRequire(__filename)
const workflows = nodeRequire("@govmall/e-mall/workflows")
const { indexCatalogProducts } = nodeRequire("@govmall/e-mall/catalog/index-catalog-products")
const { catalogEntryFromProduct } = nodeRequire("@govmall/e-mall/catalog/catalog-entry-from-product")
const { queryTokens } = nodeRequire("@govmall/e-mall/domain/bigram-tokens")
const { createSalesChannelsWorkflow, linkSalesChannelsToApiKeyWorkflow } = nodeRequire("@medusajs/medusa/core-flows")

const PRODUCTS = STORE_PRODUCTS
// Registered in beforeAll (procurement-core assigns the ids).
let SUPPLIER_A: string
let SUPPLIER_B: string
const SUPPLIERS = {
  a: { name: "山西晋云信息技术有限公司", uscc: "91350100M000100Y43", region_code: "140105", enterprise_size: "small", special_status: "none" },
  b: { name: "北京京华福利电器厂", uscc: "91110000802100433B", region_code: "110105", enterprise_size: "micro", special_status: "disability_welfare_unit" },
} as const
const supplierActor = (org: string) => ({ actor_id: `sup_${org}`, actor_type: "supplier", organization_id: org, ip: null })
const ENERGY = { kind: "energy_saving", number: "CQC-ES-2025-0001", issuer: "中国质量认证中心", expires_on: "2027-06-30" }
const NEEDS_ENERGY = new Set(["desktop-computers", "laptops", "all-in-one-computers", "printers", "air-conditioners"])
const ORIGIN = "http://localhost:5173"

/** The seeded handles whose search text holds every phrase of `q`. */
function expectedHandles(q: string): string[] {
  const { phrases } = queryTokens(q)
  return PRODUCTS.filter((p) => {
    const category = CATEGORIES.find((c) => c.handle === p.category)!
    const entry = catalogEntryFromProduct({
      id: p.handle,
      title: p.title,
      subtitle: `${p.brand} ${p.model}`,
      status: "published",
      metadata: { brand: p.brand, model: p.model },
      categories: [{ id: "x", name: category.name, handle: category.handle }],
    })
    return phrases.every((phrase: string) => entry.search_text.includes(phrase))
  })
    .map((p) => p.handle)
    .sort()
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let key: string
    let keyId: string
    let productIdByHandle: Map<string, string>
    let offerIdByHandle: Map<string, string>
    const AC = "gree-yunjia-kfr-35gw"

    const failure = (error: any) => error.response
    /** `token: null` sends no key header. */
    const withKey = (token: string | null, extra: Record<string, string> = {}) => ({
      headers: { ...(token === null ? {} : { "x-publishable-api-key": token }), ...extra },
    })
    const get = (url: string, token: string | null = key) => api.get(url, withKey(token)).catch(failure)
    const products = (params: Record<string, string | number>, token?: string) =>
      get(`/catalog/products?${new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]))}`, token)

    beforeAll(async () => {
      const container = getContainer()
      container.resolve("procurement_clock").setNow("2026-11-20T10:00:00+08:00")
      const seed = await seedStore(container)
      key = seed.setup.publishableKey
      keyId = (await dbConnection.raw(`SELECT id FROM api_key WHERE token = ?`, [key])).rows[0].id
      await indexCatalogProducts(container)
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "product", fields: ["id", "handle"] })
      productIdByHandle = new Map(data.map((p: any) => [p.handle, p.id]))

      const organizations = container.resolve("procurement_organization")
      const register = async (s: (typeof SUPPLIERS)["a" | "b"], email: string) => {
        const { organization } = await organizations.registerOrganization({
          organization: { kind: "supplier", name: s.name, uscc: s.uscc, region_code: s.region_code },
          supplier_profile: {
            enterprise_size: s.enterprise_size,
            special_status: s.special_status,
            bank_account_name: s.name,
            bank_name: "中国工商银行太原分行",
            bank_account_number: "0502123409024567890",
          },
          registrant: { name: "联系人", email },
        })
        return organization.id as string
      }
      SUPPLIER_A = await register(SUPPLIERS.a, "supplier-a@govmall.test")
      SUPPLIER_B = await register(SUPPLIERS.b, "supplier-b@govmall.test")

      // Supplier A offers every product at 95 % of the seed price; supplier B the air
      // conditioners at 97 % (delivering to Beijing only); both approved.
      offerIdByHandle = new Map()
      const offers = container.resolve("emall_offer")
      const offer = async (handle: string, org: string, share: number, regions: string[]) => {
        const p = PRODUCTS.find((x) => x.handle === handle)!
        const certified = NEEDS_ENERGY.has(p.category)
        const { result } = await workflows.createOfferWorkflow(container).run({
          input: {
            offer: {
              product_id: productIdByHandle.get(handle),
              supplier_org_id: org,
              price_fen: Math.round(p.price_fen * share),
              stock: 20,
              delivery_region_codes: regions,
              lead_time_days: 3,
              warranty_months: 36,
              certificates: certified ? [ENERGY] : [],
              submit: true,
            },
            actor: supplierActor(org),
          },
        })
        await offers.approveOffer(result.id, certified ? ["energy_saving"] : [], { actor_id: "user_reviewer", actor_type: "user" })
        return result.id
      }
      for (const p of PRODUCTS) offerIdByHandle.set(p.handle, await offer(p.handle, SUPPLIER_A, 0.95, ["140000"]))
      for (const p of PRODUCTS.filter((x) => x.category === "air-conditioners")) await offer(p.handle, SUPPLIER_B, 0.97, ["110000"])
    })

    afterAll(() => {
      getContainer()?.resolve("procurement_clock").reset()
    })

    describe("search and filters", () => {
      it.each(["台式计算机", "空调", "打印", "格力"])("q=%s finds exactly the matching products, as /store/catalog does", async (q) => {
        const expected = expectedHandles(q)
        expect(expected.length).toBeGreaterThan(0)
        const response = await products({ q, limit: 100 })
        expect(response.status).toBe(200)
        expect(response.headers["content-type"]).toContain("application/json")
        expect(response.data.count).toBe(expected.length)
        expect(response.data.products.map((p: any) => p.handle).sort()).toEqual(expected)
        const prices = response.data.products.map((p: any) => p.lowest_price_fen)
        expect(prices).toEqual([...prices].sort((a: number, b: number) => a - b))

        const alias = await get(`/store/catalog?q=${encodeURIComponent(q)}&limit=100`)
        expect(alias.data).toEqual(response.data)
      })

      it("filters by brand, category, price, region and certificate; counts the matching offers", async () => {
        const gree = PRODUCTS.filter((p) => p.brand === "格力").map((p) => p.handle).sort()
        expect((await products({ brand: "格力", limit: 100 })).data.products.map((p: any) => p.handle).sort()).toEqual(gree)

        const acCategory = (await dbConnection.raw(`SELECT id FROM product_category WHERE handle = 'air-conditioners'`)).rows[0].id
        const acs = PRODUCTS.filter((p) => p.category === "air-conditioners")
        const byCategory = await products({ category_id: acCategory, limit: 100 })
        expect(byCategory.data.count).toBe(acs.length)
        expect(byCategory.data.products.every((p: any) => p.offer_count === 2)).toBe(true)

        // Taiyuan is served by supplier A only, Beijing by supplier B only.
        const taiyuan = await products({ category_id: acCategory, region_code: "140105", price_max: 1_000_000, limit: 100 })
        expect(taiyuan.data.count).toBe(acs.filter((p) => Math.round(p.price_fen * 0.95) <= 1_000_000).length)
        for (const p of taiyuan.data.products) {
          expect(p.offer_count).toBe(1)
          const seeded = acs.find((x) => x.handle === p.handle)!
          expect(p.lowest_price_fen).toBe(Math.round(seeded.price_fen * 0.95))
        }
        const beijing = await products({ category_id: acCategory, region_code: "110101", limit: 100 })
        expect(beijing.data.count).toBe(acs.length)
        for (const p of beijing.data.products) {
          const seeded = acs.find((x) => x.handle === p.handle)!
          expect(p).toMatchObject({ offer_count: 1, lowest_price_fen: Math.round(seeded.price_fen * 0.97) })
        }
        expect((await products({ region_code: "320102" })).data.count).toBe(0) // Nanjing: nobody delivers

        const cheap = await products({ q: "空调", price_max: 300000, limit: 100 })
        expect(cheap.data.products.length).toBeGreaterThan(0)
        for (const p of cheap.data.products) expect(p.lowest_price_fen).toBeLessThanOrEqual(300000)

        const certified = await products({ certificate: "energy_saving", limit: 100 })
        expect(certified.data.count).toBe(PRODUCTS.filter((p) => NEEDS_ENERGY.has(p.category)).length)
      })

      it("pages: offset and limit over one order, count of all matches", async () => {
        const all = (await products({ limit: 100 })).data
        expect(all.count).toBe(PRODUCTS.length)
        const page = (await products({ limit: 5, offset: 5 })).data
        expect(page).toMatchObject({ count: PRODUCTS.length, count_capped: false, offset: 5, limit: 5 })
        expect(page.products).toEqual(all.products.slice(5, 10))
      })

      it("refuses bad parameters with a 400 naming the parameter", async () => {
        for (const [param, value] of [
          ["price_min", "-1"],
          ["price_max", "abc"],
          ["region_code", "14"],
          ["certificate", "gold"],
          ["limit", "1000"],
          ["limit", "1.5"],
          ["offset", "-1"],
          ["q", "长".repeat(101)],
          ["zz_unknown", "1"],
        ]) {
          const response = await products({ [param]: value })
          expect(response.status, `${param}=${value}`).toBe(400)
          expect(response.data.message).toContain(param)
        }
      })
    })

    describe("offers comparison", () => {
      it("all approved offers of a product, cheapest first, with certificates; an unknown product is 404", async () => {
        const productId = productIdByHandle.get(AC)!
        const response = await get(`/catalog/products/${productId}/offers`)
        expect(response.status).toBe(200)
        const seeded = PRODUCTS.find((p) => p.handle === AC)!
        expect(response.data.product).toEqual({ id: productId, title: seeded.title })
        expect(response.data.count).toBe(2)
        expect(response.data.offers.map((o: any) => [o.supplier_org_id, o.price_fen])).toEqual([
          [SUPPLIER_A, Math.round(seeded.price_fen * 0.95)],
          [SUPPLIER_B, Math.round(seeded.price_fen * 0.97)],
        ])
        expect(response.data.offers.map((o: any) => o.supplier)).toEqual([
          { name: SUPPLIERS.a.name, region_code: "140105", enterprise_size: "small", special_status: "none" },
          { name: SUPPLIERS.b.name, region_code: "110105", enterprise_size: "micro", special_status: "disability_welfare_unit" },
        ])
        expect(response.data.offers[0].certificates).toEqual([{ ...ENERGY, valid: true }])
        expect((await get(`/store/catalog/products/${productId}/offers`)).data).toEqual(response.data)

        const missing = await get(`/catalog/products/prod_does_not_exist/offers`)
        expect(missing.status).toBe(404)
        expect(missing.data.message).toContain("prod_does_not_exist")
      })

      it("an offer whose organization is gone (soft-deleted) is still listed, with supplier: null", async () => {
        // offer.supplier_org_id is a plain id (links, not foreign keys): the organization row can
        // be missing; the comparison must not drop or fail the offer.
        const organizations = getContainer().resolve("procurement_organization")
        const url = `/catalog/products/${productIdByHandle.get(AC)}/offers`
        await organizations.softDeleteOrganizations([SUPPLIER_B])
        try {
          const response = await get(url)
          expect(response.status).toBe(200)
          expect(response.data.offers.map((o: any) => [o.supplier_org_id, o.supplier?.name ?? null])).toEqual([
            [SUPPLIER_A, SUPPLIERS.a.name],
            [SUPPLIER_B, null],
          ])
          expect(response.data.offers[1].supplier).toBeNull()
        } finally {
          await organizations.restoreOrganizations([SUPPLIER_B])
        }
        expect((await get(url)).data.offers[1].supplier.name).toBe(SUPPLIERS.b.name)
      })
    })

    describe("no response cache", () => {
      it("a price change is in the very next list and offers responses", async () => {
        const productId = productIdByHandle.get(AC)!
        const id = offerIdByHandle.get(AC)!
        const listed = async () => (await products({ q: "KFR-35GW 云佳" })).data.products[0].lowest_price_fen
        const compared = async () => (await get(`/catalog/products/${productId}/offers`)).data.offers[0].price_fen
        await listed()
        await compared()
        for (const price_fen of [250000, 240000]) {
          await workflows.changeOfferPriceWorkflow(getContainer()).run({
            input: { id, price_fen, actor: supplierActor(SUPPLIER_A), supplier_org_id: SUPPLIER_A },
          })
          expect(await listed()).toBe(price_fen)
          expect(await compared()).toBe(price_fen)
        }
      })
    })

    describe("publishable key, checked in the catalog's statement", () => {
      const routes = () => ["/catalog/products?q=空调", `/catalog/products/${productIdByHandle.get(AC)}/offers`]

      it("missing, unknown or secret → 400 with Medusa's messages", async () => {
        const secret = await getContainer().resolve(Modules.API_KEY).createApiKeys({ title: "secret", type: "secret", created_by: "test" })
        for (const url of routes()) {
          const missing = await get(url, null)
          expect(missing.status, `${url} without key: ${JSON.stringify(missing.data)}`).toBe(400)
          expect(missing.data.message).toContain("Publishable API key required in the request header: x-publishable-api-key")
          for (const token of ["pk_does_not_exist", secret.token]) {
            const refused = await get(url, token)
            expect(refused.status, `${url} with ${token}: ${JSON.stringify(refused.data)}`).toBe(400)
            expect(refused.data.message).toBe("A valid publishable key is required to proceed with the request")
          }
        }
      })

      it("a key without sales channel is refused; another channel's key sees nothing", async () => {
        const container = getContainer()
        const bare = await container.resolve(Modules.API_KEY).createApiKeys({ title: "no channel", type: "publishable", created_by: "test" })
        for (const url of routes()) {
          const refused = await get(url, bare.token)
          expect(refused.status).toBe(400)
          expect(refused.data.message).toContain("sales channel")
        }
        const { result: [other] } = await createSalesChannelsWorkflow(container).run({ input: { salesChannelsData: [{ name: "其他渠道" }] } })
        await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: bare.id, add: [other.id] } })
        const elsewhere = await get("/catalog/products?limit=100", bare.token)
        expect(elsewhere.status).toBe(200)
        expect(elsewhere.data).toMatchObject({ count: 0, products: [] })
        expect((await get(routes()[1], bare.token)).status).toBe(404)
        // Both channels: the store's products again.
        await linkSalesChannelsToApiKeyWorkflow(container).run({
          input: { id: bare.id, add: [(await dbConnection.raw(`SELECT sales_channel_id FROM publishable_api_key_sales_channel WHERE publishable_key_id = ?`, [keyId])).rows[0].sales_channel_id] },
        })
        expect((await get("/catalog/products?limit=100", bare.token)).data.count).toBe(PRODUCTS.length)
      })

      it("a revoked key is refused on the very next request", async () => {
        const container = getContainer()
        const extra = await container.resolve(Modules.API_KEY).createApiKeys({ title: "to revoke", type: "publishable", created_by: "test" })
        const channel = (await dbConnection.raw(`SELECT sales_channel_id FROM publishable_api_key_sales_channel WHERE publishable_key_id = ?`, [keyId])).rows[0]
        await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: extra.id, add: [channel.sales_channel_id] } })
        for (const url of routes()) expect((await get(url, extra.token)).status).toBe(200)
        await container.resolve(Modules.API_KEY).revoke({ id: extra.id }, { revoked_by: "test" })
        for (const url of routes()) {
          const refused = await get(url, extra.token)
          expect(refused.status).toBe(400)
          expect(refused.data.message).toBe("A valid publishable key is required to proceed with the request")
        }
      })
    })

    describe("CORS (the storefront's origin)", () => {
      it("answers a preflight and marks responses for an allowed origin only", async () => {
        const preflight = await api
          .request({
            method: "OPTIONS",
            url: "/catalog/products",
            headers: { origin: ORIGIN, "access-control-request-method": "GET", "access-control-request-headers": "x-publishable-api-key" },
            validateStatus: () => true,
          })
        expect(preflight.status).toBe(204)
        expect(preflight.headers["access-control-allow-origin"]).toBe(ORIGIN)
        expect(preflight.headers["access-control-allow-headers"]).toContain("x-publishable-api-key")

        const allowed = await api.get("/catalog/products?limit=1", withKey(key, { origin: ORIGIN }))
        expect(allowed.headers["access-control-allow-origin"]).toBe(ORIGIN)
        const foreign = await api.get("/catalog/products?limit=1", withKey(key, { origin: "https://evil.example.com" }))
        expect(foreign.headers["access-control-allow-origin"]).toBeUndefined()
      })
    })
  },
})
