/**
 * Listing review and the purchaser catalog over HTTP on the seeded demo catalog: offers are
 * created (workflow), reviewed by the agency (/admin), visible in /store/catalog only once
 * approved, found by Chinese search, compared side by side; price rules and bad input give a
 * 400 naming the field and leave nothing behind. Runs the real app (built plugin).
 */
import { medusaIntegrationTestRunner } from "../../../tests/helpers/integration-runner"
import { ContainerRegistrationKeys, generateJwtToken, Modules } from "@medusajs/framework/utils"
import { createRequire } from "node:module"
import { seedStore, STORE_PRODUCTS } from "../../../tests/helpers/seeded-store"
import { CATEGORIES } from "../../../backend/src/scripts/seed/data/categories"

const nodeRequire = createRequire(__filename)
const workflows = nodeRequire("@govmall/e-mall/workflows")
const { indexCatalogProducts } = nodeRequire("@govmall/e-mall/catalog/index-catalog-products")
const { catalogEntryFromProduct } = nodeRequire("@govmall/e-mall/catalog/catalog-entry-from-product")
const { queryTokens } = nodeRequire("@govmall/e-mall/domain/bigram-tokens")

type Headers = { headers: Record<string, string> }

/** What seedStore creates: a few products per category. */
const PRODUCTS = STORE_PRODUCTS

const SUPPLIER_A = "org_supplier_a"
const SUPPLIER_B = "org_supplier_b"
const supplierActor = (org: string) => ({ actor_id: `sup_${org}`, actor_type: "supplier", organization_id: org, ip: null })
const ENERGY = { kind: "energy_saving", number: "CQC-ES-2025-0001", issuer: "中国质量认证中心", expires_on: "2027-06-30" }
const NEEDS_ENERGY = new Set(["desktop-computers", "laptops", "all-in-one-computers", "printers", "air-conditioners"])

/** Which seeded handles a query should find: all phrases inside the product's search text. */
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
    let admin: Headers
    let store: Headers
    let productIdByHandle: Map<string, string>
    let offerIdByHandle: Map<string, string>

    const failure = (error: any) => error.response
    const clock = () => getContainer().resolve("procurement_clock")
    const offers = () => getContainer().resolve("emall_offer")

    async function createOffer(handle: string, org: string, price_fen: number, extra: Record<string, unknown> = {}) {
      const p = PRODUCTS.find((x) => x.handle === handle)!
      const { result } = await workflows.createOfferWorkflow(getContainer()).run({
        input: {
          offer: {
            product_id: productIdByHandle.get(handle),
            supplier_org_id: org,
            price_fen,
            stock: 20,
            delivery_region_codes: ["140000"],
            lead_time_days: 3,
            warranty_months: 36,
            certificates: NEEDS_ENERGY.has(p.category) ? [ENERGY] : [],
            submit: true,
            ...extra,
          },
          actor: supplierActor(org),
        },
      })
      return result
    }

    beforeAll(async () => {
      const container = getContainer()
      clock().setNow("2026-11-20T10:00:00+08:00")
      const seed = await seedStore(container)
      store = { headers: { "x-publishable-api-key": seed.setup.publishableKey } }
      await indexCatalogProducts(container)

      const [user] = await container.resolve(Modules.USER).createUsers([{ email: "reviewer@ccgp-shanxi.gov.cn" }])
      // Admin routes need an organization and role (procurement-core's admin role table): an
      // approver of an agency reviews listings.
      const agency = await container
        .resolve("procurement_organization")
        .createOrganization({ kind: "agency", name: "山西省政府采购中心", region_code: "140000" }, { actor_type: "system", actor_id: "test" })
      await container.resolve("procurement_organization").createMember(
        { organization_id: agency.id, actor_type: "user", actor_id: user.id, role: "approver", email: user.email, name: "审核员" },
        { actor_type: "system", actor_id: "test" }
      )
      const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
      const identity = await container.resolve(Modules.AUTH).createAuthIdentities({
        provider_identities: [{ provider: "emailpass", entity_id: "reviewer@ccgp-shanxi.gov.cn" }],
        app_metadata: { user_id: user.id },
      })
      const token = generateJwtToken(
        { actor_id: user.id, actor_type: "user", auth_identity_id: identity.id, app_metadata: {} },
        { secret: config.projectConfig.http.jwtSecret, expiresIn: "1d" }
      )
      admin = { headers: { authorization: `Bearer ${token}` } }

      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "product", fields: ["id", "handle"] })
      productIdByHandle = new Map(data.map((p: any) => [p.handle, p.id]))

      // Supplier A offers every product at 95 % of the seed price, approved; supplier B offers the
      // air conditioners at 97 %, left pending.
      offerIdByHandle = new Map()
      for (const p of PRODUCTS) {
        const offer = await createOffer(p.handle, SUPPLIER_A, Math.round(p.price_fen * 0.95))
        await offers().approveOffer(offer.id, NEEDS_ENERGY.has(p.category) ? ["energy_saving"] : [], {
          actor_id: "user_seed_reviewer",
          actor_type: "user",
        })
        offerIdByHandle.set(p.handle, offer.id)
      }
      for (const p of PRODUCTS.filter((x) => x.category === "air-conditioners")) {
        await createOffer(p.handle, SUPPLIER_B, Math.round(p.price_fen * 0.97))
      }
    })

    afterAll(() => {
      getContainer()?.resolve("procurement_clock").reset()
    })

    async function catalog(params: Record<string, string | number>) {
      const search = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]))
      return await api.get(`/store/catalog?${search}`, store)
    }

    async function handlesFound(q: string) {
      const response = await catalog({ q, limit: 100 })
      expect(response.status).toBe(200)
      expect(response.data.count).toBe(response.data.products.length)
      return response.data.products.map((p: any) => p.handle).sort()
    }

    describe("Chinese search", () => {
      it.each(["台式计算机", "空调", "打印", "格力", "联想 ThinkCentre", "KFR-35GW"])("q=%s finds exactly the matching products", async (q) => {
        const expected = expectedHandles(q)
        expect(expected.length).toBeGreaterThan(0)
        expect(await handlesFound(q)).toEqual(expected)
      })

      it("finds nothing for a term no product has", async () => {
        expect(await handlesFound("拖拉机")).toEqual([])
      })

      it("filters by brand, category, price, region and certificate", async () => {
        const gree = PRODUCTS.filter((p) => p.brand === "格力")
        const byBrand = await catalog({ brand: "格力", limit: 100 })
        expect(byBrand.data.products.map((p: any) => p.handle).sort()).toEqual(gree.map((p) => p.handle).sort())

        const acCategory = (await dbConnection.raw(`SELECT id FROM product_category WHERE handle = 'air-conditioners'`)).rows[0].id
        const byCategory = await catalog({ category_id: acCategory, limit: 100 })
        expect(byCategory.data.count).toBe(PRODUCTS.filter((p) => p.category === "air-conditioners").length)

        const cheap = await catalog({ q: "空调", price_max: 300000, limit: 100 })
        for (const p of cheap.data.products) {
          expect(p.lowest_price_fen).toBeLessThanOrEqual(300000)
        }
        expect(cheap.data.count).toBeLessThan(expectedHandles("空调").length)

        expect((await catalog({ region_code: "140105" })).data.count).toBe(PRODUCTS.length) // Shanxi is served
        expect((await catalog({ region_code: "110101" })).data.count).toBe(0) // Beijing is not

        const certified = await catalog({ certificate: "energy_saving", limit: 100 })
        expect(certified.data.count).toBe(PRODUCTS.filter((p) => NEEDS_ENERGY.has(p.category)).length)
      })

      it("refuses bad filters with a 400 naming the field", async () => {
        for (const [param, value] of [
          ["price_min", "-1"],
          ["region_code", "14"],
          ["certificate", "gold"],
          ["limit", "1000"],
          ["price_max", "abc"],
        ]) {
          const response = await catalog({ [param]: value }).catch(failure)
          expect(response.status).toBe(400)
          expect(response.data.message).toContain(param)
        }
      })

      it("needs a publishable key, and shows only products of the key's sales channels", async () => {
        const response = await api.get("/store/catalog?q=空调").catch(failure)
        expect(response.status).toBeGreaterThanOrEqual(400)
        expect(response.status).toBeLessThan(500)

        const container = getContainer()
        const bare = await container.resolve(Modules.API_KEY).createApiKeys({ title: "no channel", type: "publishable", created_by: "test" })
        const refused = await api.get("/store/catalog?q=空调", { headers: { "x-publishable-api-key": bare.token } }).catch(failure)
        expect(refused.status).toBe(400)
        expect(refused.data.message).toContain("sales channel")

        const { createSalesChannelsWorkflow, linkSalesChannelsToApiKeyWorkflow } = nodeRequire("@medusajs/medusa/core-flows")
        const { result: [other] } = await createSalesChannelsWorkflow(container).run({ input: { salesChannelsData: [{ name: "其他渠道" }] } })
        await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: bare.id, add: [other.id] } })
        const elsewhere = await api.get("/store/catalog?q=空调", { headers: { "x-publishable-api-key": bare.token } })
        expect(elsewhere.data.count).toBe(0)
        const productId = productIdByHandle.get("gree-yunjia-kfr-35gw")
        const offersElsewhere = await api
          .get(`/store/catalog/products/${productId}/offers`, { headers: { "x-publishable-api-key": bare.token } })
          .catch(failure)
        expect(offersElsewhere.status).toBe(404)
      })
    })

    describe("listing review", () => {
      it("a pending offer is invisible; approved through /admin it appears with its price", async () => {
        const handle = "gree-yunjia-kfr-35gw"
        const productId = productIdByHandle.get(handle)!
        const compare = async () => (await api.get(`/store/catalog/products/${productId}/offers`, store)).data

        const before = await compare()
        expect(before.offers.map((o: any) => o.supplier_org_id)).toEqual([SUPPLIER_A])

        const pending = await api.get(`/admin/offers?status=pending_review&product_id=${productId}`, admin)
        expect(pending.data.offers).toHaveLength(1)
        const offerB = pending.data.offers[0]
        expect(offerB).toMatchObject({ supplier_org_id: SUPPLIER_B, status: "pending_review" })
        expect(offerB.certificates[0]).toMatchObject({ kind: "energy_saving", expires_on: "2027-06-30" })

        clock().advance(60_000)
        const approved = await api.post(`/admin/offers/${offerB.id}/approve`, {}, admin)
        expect(approved.data.offer).toMatchObject({
          status: "approved",
          approved_at: "2026-11-20T02:01:00.000Z",
          reviewed_by: expect.stringMatching(/^user_/),
        })

        const after = await compare()
        expect(after.offers.map((o: any) => [o.supplier_org_id, o.price_fen])).toEqual([
          [SUPPLIER_A, Math.round(299900 * 0.95)],
          [SUPPLIER_B, Math.round(299900 * 0.97)],
        ])
        expect(after.offers[1].certificates).toEqual([{ ...ENERGY, valid: true }])
        const listed = (await catalog({ q: "KFR-35GW 云佳" })).data.products
        expect(listed).toEqual([
          expect.objectContaining({ product_id: productId, offer_count: 2, lowest_price_fen: Math.round(299900 * 0.95) }),
        ])

        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: [linked] } = await query.graph({ entity: "product", fields: ["id", "offers.id"], filters: { id: productId } })
        expect(linked.offers.map((o: any) => o.id).sort()).toEqual([offerIdByHandle.get(handle), offerB.id].sort())

        const audit = await dbConnection.raw(
          `SELECT action FROM audit_log WHERE record_type = 'offer' AND record_id = ? ORDER BY occurred_at, action`,
          [offerB.id]
        )
        expect(audit.rows.map((r: any) => r.action)).toEqual(["offer.created", "offer.submitted", "offer.approved"])
      })

      it("rejects with a reason; a reason is required; approving twice is refused", async () => {
        const { data } = await api.get(`/admin/offers?status=pending_review`, admin)
        const id = data.offers[0].id
        const noReason = await api.post(`/admin/offers/${id}/reject`, {}, admin).catch(failure)
        expect(noReason.status).toBe(400)
        expect(noReason.data.message).toContain("reason")

        const rejected = await api.post(`/admin/offers/${id}/reject`, { reason: "价格高于同型号市场价" }, admin)
        expect(rejected.data.offer).toMatchObject({ status: "rejected", status_reason: "价格高于同型号市场价" })
        const again = await api.post(`/admin/offers/${id}/approve`, {}, admin).catch(failure)
        expect(again.status).toBe(400)
        expect(again.data.message).toContain('cannot go from "rejected" to "approved"')
      })

      it("a price increase sends an approved offer back to review; a decrease does not", async () => {
        const handle = "gree-yunjia-kfr-35gw"
        const id = offerIdByHandle.get(handle)!
        const run = (price_fen: number) =>
          workflows.changeOfferPriceWorkflow(getContainer()).run({
            input: { id, price_fen, actor: supplierActor(SUPPLIER_A), supplier_org_id: SUPPLIER_A },
          })
        const decreased = (await run(280000)).result
        expect(decreased).toMatchObject({ status: "approved", price_fen: 280000 })
        const increased = (await run(290000)).result
        expect(increased).toMatchObject({ status: "pending_review", price_fen: 290000 })
        expect((await catalog({ q: "KFR-35GW 云佳" })).data.count).toBe(0)

        const history = await dbConnection.raw(
          `SELECT old_price_fen, new_price_fen, change, needs_review FROM offer_price_change WHERE offer_id = ? ORDER BY changed_at, created_at`,
          [id]
        )
        expect(history.rows.map((r: any) => [r.old_price_fen, r.new_price_fen, r.change, r.needs_review])).toEqual([
          [null, Math.round(299900 * 0.95), "new", true],
          [Math.round(299900 * 0.95), 280000, "decrease", false],
          [280000, 290000, "increase", true],
        ])
      })

      it("a supplier cannot change another supplier's offer (not found)", async () => {
        const id = offerIdByHandle.get("gree-yunjia-kfr-35gw")!
        const error = await workflows
          .changeOfferPriceWorkflow(getContainer())
          .run({ input: { id, price_fen: 1000, actor: supplierActor(SUPPLIER_B), supplier_org_id: SUPPLIER_B } })
          .catch((e: any) => e)
        expect(error.type).toBe("not_found")
      })
    })

    describe("price rules and bad input", () => {
      const countRows = async (table: string) =>
        Number((await dbConnection.raw(`SELECT count(*) AS n FROM "${table}"`)).rows[0].n)
      const snapshot = async () =>
        Promise.all(["offer", "offer_certificate", "offer_price_change", "reference_price", "audit_log"].map(countRows))

      it("records a reference price; an offer above it is refused naming price_fen, nothing written", async () => {
        const product_id = productIdByHandle.get("gree-tianyi-kfr-72lw")!
        const recorded = await api.post(
          "/admin/reference-prices",
          { product_id, price_fen: 200000, source: "京东自营 2026-11-19" },
          admin
        )
        expect(recorded.status).toBe(201)
        expect(recorded.data.reference_price).toMatchObject({ product_id, price_fen: 200000 })

        const before = await snapshot()
        const error = await workflows
          .createOfferWorkflow(getContainer())
          .run({
            input: {
              offer: { product_id, supplier_org_id: "org_supplier_c", price_fen: 200001, delivery_region_codes: ["140000"], lead_time_days: 2, certificates: [ENERGY], submit: true },
              actor: supplierActor("org_supplier_c"),
            },
          })
          .catch((e: any) => e)
        expect(error.type).toBe("invalid_data")
        expect(error.message).toContain("price_fen 200001 (¥2000.01) exceeds the reference price 200000")
        expect(await snapshot()).toEqual(before)

        // Approval re-checks the price against the reference recorded since the offer was made.
        const [pendingB] = await offers().listOffers({ product_id, supplier_org_id: SUPPLIER_B })
        expect(pendingB.price_fen).toBeGreaterThan(200000)
        const refused = await api.post(`/admin/offers/${pendingB.id}/approve`, {}, admin).catch(failure)
        expect(refused.status).toBe(400)
        expect(refused.data.message).toContain("price_fen")
        expect(refused.data.message).toContain("exceeds the reference price 200000")
        expect((await offers().retrieveOffer(pendingB.id)).status).toBe("pending_review")
      })

      it.each([
        [{ price_fen: -100 }, "price_fen"],
        [{ price_fen: 12.5 }, "price_fen"],
        [{ product_id: "" }, "product_id"],
        [{ source: "" }, "source"],
      ])("POST /admin/reference-prices %j → 400 naming %s, nothing written", async (override, field) => {
        const before = await snapshot()
        const product_id = productIdByHandle.get(PRODUCTS[0].handle)
        const response = await api
          .post("/admin/reference-prices", { product_id, price_fen: 100000, source: "厂商官网", ...override }, admin)
          .catch(failure)
        expect(response.status).toBe(400)
        expect(response.data.message).toContain(field)
        expect(await snapshot()).toEqual(before)
      })

      it("an unknown product is refused naming product_id, over HTTP and in the workflow", async () => {
        const before = await snapshot()
        const response = await api
          .post("/admin/reference-prices", { product_id: "prod_missing", price_fen: 100000, source: "厂商官网" }, admin)
          .catch(failure)
        expect(response.status).toBe(400)
        expect(response.data.message).toContain('product_id "prod_missing"')

        const error = await workflows
          .createOfferWorkflow(getContainer())
          .run({
            input: {
              offer: { product_id: "prod_missing", supplier_org_id: SUPPLIER_B, price_fen: 100, delivery_region_codes: ["140000"], lead_time_days: 2 },
              actor: supplierActor(SUPPLIER_B),
            },
          })
          .catch((e: any) => e)
        expect(error.type).toBe("invalid_data")
        expect(error.message).toContain("product_id")
        expect(await snapshot()).toEqual(before)
        expect((await api.get(`/store/catalog/products/prod_missing/offers`, store).catch(failure)).status).toBe(404)
      })

      it.each([
        [{ price_fen: -5 }, "price_fen must be greater than 0"],
        [{ delivery_region_codes: ["14"] }, "delivery_region_codes[0]"],
        [{ lead_time_days: -1 }, "lead_time_days"],
        [{ certificates: [] }, "energy_saving certificate missing"],
        [{ certificates: [{ ...ENERGY, expires_on: "2026-11-19" }] }, "energy_saving certificate expired"],
      ])("an offer with %j is refused (%s), nothing written", async (override, message) => {
        const before = await snapshot()
        const product_id = productIdByHandle.get(PRODUCTS.find((p) => p.category === "printers")!.handle)
        const error = await workflows
          .createOfferWorkflow(getContainer())
          .run({
            input: {
              offer: {
                product_id,
                supplier_org_id: "org_supplier_c",
                price_fen: 1000,
                delivery_region_codes: ["140000"],
                lead_time_days: 2,
                certificates: [ENERGY],
                submit: true,
                ...override,
              },
              actor: supplierActor("org_supplier_c"),
            },
          })
          .catch((e: any) => e)
        expect(["invalid_data", "not_allowed"]).toContain(error.type)
        expect(error.message).toContain(message)
        expect(await snapshot()).toEqual(before)
      })
    })

    describe("certificate expiry", () => {
      it("the hourly job's workflow delists offers whose required certificate expired, and only those", async () => {
        const needing = PRODUCTS.filter((p) => NEEDS_ENERGY.has(p.category)).length
        try {
          clock().setNow("2027-06-30T23:30:00+08:00")
          const none = await workflows.delistOffersWithExpiredCertificatesWorkflow(getContainer()).run({
            input: { actor: { actor_type: "system", actor_id: "test-job" } },
          })
          expect(none.result).toEqual([])

          clock().setNow("2027-07-01T00:05:00+08:00")
          const { result } = await workflows.delistOffersWithExpiredCertificatesWorkflow(getContainer()).run({
            input: { actor: { actor_type: "system", actor_id: "test-job" } },
          })
          expect(result).toHaveLength(needing)
          const offer = await offers().retrieveOffer(offerIdByHandle.get("gree-yunjia-kfr-35gw"))
          expect(offer).toMatchObject({
            status: "delisted",
            delist_reason: "certificate_expired",
            status_reason: "energy_saving certificate expired",
          })
          // Still found: the vehicle services with 空调 in their titles (no certificate required).
          const stillFound = (await catalog({ q: "空调", limit: 100 })).data.products
          expect(stillFound.map((p: any) => p.handle).sort()).toEqual(
            expectedHandles("空调").filter((h) => !NEEDS_ENERGY.has(PRODUCTS.find((p) => p.handle === h)!.category))
          )
          expect((await catalog({ limit: 100 })).data.count).toBe(PRODUCTS.length - needing)
        } finally {
          clock().setNow("2026-11-20T10:00:00+08:00")
        }
      })
    })

    describe("search index upkeep", () => {
      it("a product created or renamed through Medusa is indexed by the subscriber", async () => {
        const container = getContainer()
        const products = container.resolve(Modules.PRODUCT)
        const [product] = await products.listProducts({ handle: PRODUCTS[0].handle })
        const { updateProductsWorkflow } = nodeRequire("@medusajs/medusa/core-flows")
        await updateProductsWorkflow(container).run({
          input: { selector: { id: product.id }, update: { title: "联想 台式计算机 特供测试型号 碎纸" } },
        })
        let tokens: string[] = []
        for (let i = 0; i < 50 && !tokens.includes("碎纸"); i++) {
          await new Promise((resolve) => setTimeout(resolve, 100))
          const row = (await dbConnection.raw(`SELECT tokens FROM catalog_entry WHERE product_id = ?`, [product.id])).rows[0]
          tokens = row?.tokens ?? []
        }
        expect(tokens).toContain("碎纸")
      })
    })
  },
})
