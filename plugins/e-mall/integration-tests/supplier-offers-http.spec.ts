/**
 * Supplier routes (/supplier/offers…) over HTTP: only members of an approved supplier
 * organization may list offers; each sees and changes only its own; price rules and bad input
 * give a 400 naming the field with nothing written. Runs the real app (built plugin).
 */
import { medusaIntegrationTestRunner } from "../../../tests/helpers/integration-runner"
import { Modules, ProductStatus } from "@medusajs/framework/utils"
import { createRequire } from "node:module"
import { actorHeaders } from "../../../tests/helpers/actor-token"

const nodeRequire = createRequire(__filename)
const {
  createProductsWorkflow,
  createSalesChannelsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
} = nodeRequire("@medusajs/medusa/core-flows")
const { indexCatalogProducts } = nodeRequire("@govmall/e-mall/catalog/index-catalog-products")
const { createOfferWorkflow } = nodeRequire("@govmall/e-mall/workflows")

// The offerCreated hook vetoes while this is set (one handler per hook and process).
let vetoReason: string | null = null
createOfferWorkflow.hooks.offerCreated(async () => {
  if (vetoReason) {
    const { MedusaError } = nodeRequire("@medusajs/framework/utils")
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, vetoReason)
  }
})

type Headers = { headers: Record<string, string> }

const system = { actor_type: "system", actor_id: "test-seed" }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let admin: Headers
    let supplierA: Headers
    let supplierC: Headers
    let pendingSupplier: Headers
    let store: Headers
    let productId: string

    const failure = (error: any) => error.response

    async function tokenFor(actorType: string, actorId: string, email: string) {
      return actorHeaders(getContainer(), actorType, actorId, email)
    }

    async function supplier(name: string, uscc: string, email: string, approve: boolean) {
      const organizations = getContainer().resolve("procurement_organization")
      const { organization, member } = await organizations.registerOrganization({
        organization: { kind: "supplier", name, uscc, region_code: "140100" },
        supplier_profile: {
          enterprise_size: "small",
          bank_account_name: name,
          bank_name: "中国工商银行太原分行",
          bank_account_number: "0502123409024567890",
        },
        registrant: { name: "王丽", email },
      })
      if (approve) {
        await organizations.transitionOrganization(organization.id, "approved", {}, system)
      }
      return await tokenFor("supplier", member.actor_id, email)
    }

    beforeAll(async () => {
      const container = getContainer()
      container.resolve("procurement_clock").setNow("2026-11-20T10:00:00+08:00")
      const key = await container.resolve(Modules.API_KEY).createApiKeys({ title: "store", type: "publishable", created_by: "test" })
      store = { headers: { "x-publishable-api-key": key.token } }
      const {
        result: [channel],
      } = await createSalesChannelsWorkflow(container).run({
        input: { salesChannelsData: [{ name: "政府采购电子卖场" }] },
      })
      await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key.id, add: [channel.id] } })
      const { result } = await createProductsWorkflow(container).run({
        input: {
          products: [
            {
              title: "格力 GREE 云佳 壁挂式空调 KFR-35GW",
              status: ProductStatus.PUBLISHED,
              metadata: { brand: "格力", model: "KFR-35GW" },
              sales_channels: [{ id: channel.id }],
              options: [{ title: "规格", values: ["标准"] }],
              variants: [{ title: "标准", options: { 规格: "标准" }, prices: [{ currency_code: "cny", amount: 2999 }] }],
            },
          ],
        },
      })
      productId = result[0].id
      await indexCatalogProducts(container)
      await container.resolve("emall_offer").recordReferencePrice(
        { product_id: productId, price_fen: 300000, source: "厂商官网" },
        system
      )

      const [user] = await container.resolve(Modules.USER).createUsers([{ email: "reviewer@ccgp.example.cn" }])
      // Admin routes need an organization and role (procurement-core's admin role table): an
      // approver of an agency reviews listings.
      const agency = await container
        .resolve("procurement_organization")
        .createOrganization({ kind: "agency", name: "山西省政府采购中心", region_code: "140000" }, { actor_type: "system", actor_id: "test" })
      await container.resolve("procurement_organization").createMember(
        { organization_id: agency.id, actor_type: "user", actor_id: user.id, role: "approver", email: user.email, name: "审核员" },
        { actor_type: "system", actor_id: "test" }
      )
      admin = await tokenFor("user", user.id, "reviewer@ccgp.example.cn")
      supplierA = await supplier("太原市晋阳办公设备有限公司", "91350100M000100Y43", "a@jinyang.example.cn", true)
      supplierC = await supplier("山西并州商贸有限公司", "91110000802100433B", "c@bingzhou.example.cn", true)
      pendingSupplier = await supplier("待审供应商有限公司", "91310000MA1FL1NL88", "p@pending.example.cn", false)
    })

    afterAll(() => {
      getContainer()?.resolve("procurement_clock").reset()
    })

    const offerBody = (overrides: Record<string, unknown> = {}) => ({
      product_id: productId,
      price_fen: 280000,
      stock: 10,
      delivery_region_codes: ["140000"],
      lead_time_days: 3,
      warranty_months: 36,
      ...overrides,
    })
    const headersWith = (a: Headers, b: Headers) => ({ headers: { ...a.headers, ...b.headers } })
    const counts = async () =>
      (
        await dbConnection.raw(
          `SELECT (SELECT count(*) FROM offer)::int AS offers, (SELECT count(*) FROM offer_price_change)::int AS changes,
                  (SELECT count(*) FROM audit_log WHERE record_type = 'offer')::int AS audits`
        )
      ).rows[0]

    it("offer → review → visible, and the price rules on the way", async () => {
      const created = await api.post("/supplier/offers", offerBody(), supplierA)
      expect(created.status).toBe(201)
      const offer = created.data.offer
      expect(offer).toMatchObject({ status: "pending_review", price_fen: 280000, submitted_at: "2026-11-20T02:00:00.000Z" })
      expect(offer).not.toHaveProperty("reviewed_by")

      const own = await api.get("/supplier/offers", supplierA)
      expect(own.data.offers.map((o: any) => o.id)).toEqual([offer.id])
      expect((await api.get("/supplier/offers", supplierC)).data.offers).toEqual([])
      expect((await api.get(`/supplier/offers/${offer.id}`, supplierC).catch(failure)).status).toBe(404)

      expect((await api.get("/store/catalog?q=空调", store)).data.count).toBe(0)
      await api.post(`/admin/offers/${offer.id}/approve`, {}, admin)
      const listed = await api.get("/store/catalog?q=空调", store)
      expect(listed.data.products).toEqual([expect.objectContaining({ product_id: productId, lowest_price_fen: 280000, offer_count: 1 })])

      // A decrease stays approved; an increase returns to review and leaves the catalog.
      const lower = await api.post(`/supplier/offers/${offer.id}/price`, { price_fen: 270000 }, supplierA)
      expect(lower.data.offer).toMatchObject({ status: "approved", price_fen: 270000 })
      const above = await api.post(`/supplier/offers/${offer.id}/price`, { price_fen: 300001 }, supplierA).catch(failure)
      expect(above.status).toBe(400)
      expect(above.data.message).toContain("price_fen 300001 (¥3000.01) exceeds the reference price 300000")
      const higher = await api.post(`/supplier/offers/${offer.id}/price`, { price_fen: 290000, reason: "原材料涨价" }, supplierA)
      expect(higher.data.offer).toMatchObject({ status: "pending_review", price_fen: 290000, status_reason: "price increase" })
      expect((await api.get("/store/catalog?q=空调", store)).data.count).toBe(0)
      // Another supplier cannot touch it.
      expect((await api.post(`/supplier/offers/${offer.id}/price`, { price_fen: 1 }, supplierC).catch(failure)).status).toBe(404)

      await api.post(`/admin/offers/${offer.id}/approve`, {}, admin)
      const withdrawn = await api.post(`/supplier/offers/${offer.id}/withdraw`, { note: "停产" }, supplierA)
      expect(withdrawn.data.offer).toMatchObject({ status: "delisted", delist_reason: "supplier_withdrew", status_reason: "停产" })
      const resubmitted = await api.post(`/supplier/offers/${offer.id}/submit`, {}, supplierA)
      expect(resubmitted.data.offer.status).toBe("pending_review")
    })

    it.each([
      [{ price_fen: 300001 }, "price_fen 300001 (¥3000.01) exceeds the reference price 300000"],
      [{ price_fen: -1 }, "price_fen"],
      [{ price_fen: 0.5 }, "price_fen"],
      [{ product_id: "prod_does_not_exist" }, 'product_id "prod_does_not_exist"'],
      [{ delivery_region_codes: [] }, "delivery_region_codes"],
      [{ lead_time_days: -2 }, "lead_time_days"],
      [{ certificates: [{ kind: "energy_saving", number: "1", issuer: "CQC", expires_on: "2027-02-30" }] }, "certificates[0].expires_on"],
      [{ supplier_org_id: "org_someone_else" }, "supplier_org_id"],
    ])("POST /supplier/offers with %j → 400 naming the field, nothing written", async (override, message) => {
      const before = await counts()
      const response = await api.post("/supplier/offers", offerBody(override), supplierA).catch(failure)
      expect(response.status).toBe(400)
      expect(response.data.message).toContain(message)
      expect(await counts()).toEqual(before)
    })

    it("a veto after the offer was written rolls everything back (offer, history, link), audited", async () => {
      const before = await counts()
      vetoReason = "本品目暂停上架"
      try {
        const response = await api.post("/supplier/offers", offerBody(), supplierA).catch(failure)
        expect(response.status).toBe(400)
        expect(response.data.message).toBe("本品目暂停上架")
      } finally {
        vetoReason = null
      }
      const after = await counts()
      expect({ offers: after.offers, changes: after.changes }).toEqual({ offers: before.offers, changes: before.changes })
      const actions = await dbConnection.raw(
        `SELECT action FROM audit_log WHERE record_type = 'offer' ORDER BY created_at, action`
      )
      expect(actions.rows.map((r: any) => r.action)).toEqual(["offer.created", "offer.submitted", "offer.discarded"])
      const links = await dbConnection.raw(
        `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name LIKE '%product%offer%'`
      )
      expect(links.rows[0].n).toBe(1)
      const table = (
        await dbConnection.raw(`SELECT table_name FROM information_schema.tables WHERE table_name LIKE '%product%offer%'`)
      ).rows[0].table_name
      expect((await dbConnection.raw(`SELECT count(*)::int AS n FROM "${table}" WHERE deleted_at IS NULL`)).rows[0].n).toBe(0)
    })

    it("one listing per product and supplier", async () => {
      expect((await api.post("/supplier/offers", offerBody(), supplierA)).status).toBe(201)
      const again = await api.post("/supplier/offers", offerBody(), supplierA).catch(failure)
      expect(again.status).toBe(400)
      expect(again.data.message).toContain("already lists product")
    })

    it("refuses callers who are not members of an approved supplier organization", async () => {
      expect((await api.post("/supplier/offers", offerBody(), {}).catch(failure)).status).toBe(401)
      const pending = await api.post("/supplier/offers", offerBody(), pendingSupplier).catch(failure)
      expect(pending.status).toBe(403)
      expect(pending.data.message).toContain("pending_review")
      // An admin user's token is not a supplier token.
      expect((await api.get("/supplier/offers", admin).catch(failure)).status).toBe(401)
      // Store headers do not help either.
      expect((await api.get("/supplier/offers", headersWith(store, pendingSupplier)).catch(failure)).status).toBe(403)
    })

    it("no response cache: each price change is in the very next catalog and offers responses", async () => {
      const created = await api.post("/supplier/offers", offerBody({ price_fen: 265000 }), supplierC)
      const id = created.data.offer.id
      await api.post(`/admin/offers/${id}/approve`, {}, admin)
      const listed = async () => {
        const [catalog, offers] = await Promise.all([
          api.get("/store/catalog?q=空调", store),
          api.get(`/store/catalog/products/${productId}/offers`, store),
        ])
        const own = offers.data.offers.find((o: any) => o.id === id)
        return { lowest: catalog.data.products[0]?.lowest_price_fen, offer: own?.price_fen }
      }
      // Read (and so warm any cache there might be) before every change.
      expect(await listed()).toEqual({ lowest: 265000, offer: 265000 })
      for (const price_fen of [255000, 245123, 199999]) {
        expect(await listed()).not.toEqual({ lowest: price_fen, offer: price_fen })
        const changed = await api.post(`/supplier/offers/${id}/price`, { price_fen }, supplierC)
        expect(changed.data.offer).toMatchObject({ status: "approved", price_fen })
        expect(await listed()).toEqual({ lowest: price_fen, offer: price_fen })
      }
      // Withdrawn: gone from the very next list and comparison.
      await api.post(`/supplier/offers/${id}/withdraw`, { note: "停产" }, supplierC)
      const after = await listed()
      expect(after.offer).toBeUndefined()
      expect(after.lowest).not.toBe(199999)

      // A revoked publishable key stops working on the very next request (nothing caches keys).
      const keys = getContainer().resolve(Modules.API_KEY)
      const [key] = await keys.listApiKeys({ token: store.headers["x-publishable-api-key"] })
      await keys.revoke(key.id, { revoked_by: "test" })
      const refused = await api.get("/store/catalog?q=空调", store).catch(failure)
      expect([400, 401, 403]).toContain(refused.status)
    })
  },
})
