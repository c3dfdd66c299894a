/**
 * Buying offers over HTTP: a cart holding two suppliers' offers splits into one Medusa order
 * per supplier (offer prices, inventory reserved, payment authorized); a decline of one
 * supplier's authorization leaves nothing behind; suppliers confirm / decline only their own
 * orders (decline releases the authorization); the overdue job cancels; the one-request direct
 * purchase; bad input → 400 naming the field; offer stock taken on purchase and given back on
 * decline / cancel, with no oversell under concurrent purchases; one cart line per offer; the
 * read-only admin views (a regulator sees its province only). Runs the real app on the store seed.
 */
import { medusaIntegrationTestRunner } from "../../../tests/helpers/integration-runner"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createRequire } from "node:module"
import { seedStore } from "../../../tests/helpers/seeded-store"
import type { SeedResult } from "../../../backend/src/scripts/seed/index"
import { actorHeaders } from "../../../tests/helpers/actor-token"

const nodeRequire = createRequire(__filename)
const { cancelOverdueEmallOrdersWorkflow, placeSupplierOrdersWorkflow } = nodeRequire("@govmall/e-mall/workflows")

type Headers = { headers: Record<string, string> }
const system = { actor_type: "system", actor_id: "test-seed" }
const ENERGY = { kind: "energy_saving", number: "CQC-2026-0001", issuer: "中国质量认证中心", expires_on: "2030-12-31" }
const ADDRESS = {
  first_name: "李",
  last_name: "明",
  address_1: "迎泽大街 100 号 财政厅大楼 3 层",
  city: "太原市",
  province: "山西省",
  postal_code: "030001",
  country_code: "cn",
  phone: "0351-0000000",
  metadata: { region_code: "140105" },
}
const TREASURY = { provider_id: "pp_govpay_treasury", data: { budget_indicator_code: "2026-BI-0001" } }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let seed: SeedResult
    let supplierA: { headers: Headers; orgId: string }
    let supplierB: { headers: Headers; orgId: string }
    let purchaser: Headers
    let unitId: string
    let products: { id: string; variant_id: string; inventory_item_id: string }[]

    const failure = (error: any) => error.response
    const container = () => getContainer()
    const withStore = (h: Headers): Headers => ({
      headers: { ...h.headers, "x-publishable-api-key": seed.setup.publishableKey },
    })

    async function tokenFor(actorType: string, actorId: string, email: string): Promise<Headers> {
      return actorHeaders(container(), actorType, actorId, email)
    }

    async function supplier(name: string, uscc: string, email: string) {
      const organizations = container().resolve("procurement_organization")
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
      await organizations.transitionOrganization(organization.id, "approved", {}, system)
      return { headers: await tokenFor("supplier", member.actor_id, email), orgId: organization.id as string }
    }

    async function offer(orgId: string, productId: string, price_fen: number, options: Record<string, unknown> = {}) {
      const { approve, ...extra } = options
      const service = container().resolve("emall_offer")
      const created = await service.createOffer(
        {
          product_id: productId,
          supplier_org_id: orgId,
          price_fen,
          stock: 5,
          delivery_region_codes: ["140000"],
          lead_time_days: 3,
          warranty_months: 36,
          certificates: [ENERGY],
          submit: true,
          ...extra,
        },
        { ...system, organization_id: orgId }
      )
      if (approve === false) return created
      return await service.approveOffer(created.id, [], system)
    }

    beforeEach(async () => {
      const c = container()
      c.resolve("procurement_clock").setNow("2026-11-20T10:00:00+08:00")
      seed = await seedStore(c)
      const query = c.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "product",
        fields: ["id", "variants.id", "variants.manage_inventory", "variants.inventory_items.inventory_item_id"],
        filters: { status: "published" },
        pagination: { take: 50 },
      })
      products = data
        .filter((p: any) => p.variants?.[0]?.manage_inventory && p.variants[0].inventory_items?.[0])
        .slice(0, 3)
        .map((p: any) => ({ id: p.id, variant_id: p.variants[0].id, inventory_item_id: p.variants[0].inventory_items[0].inventory_item_id }))
      expect(products).toHaveLength(3)

      supplierA = await supplier("太原市晋阳办公设备有限公司", "91350100M000100Y43", "a@jinyang.example.cn")
      supplierB = await supplier("山西并州商贸有限公司", "91110000802100433B", "b@bingzhou.example.cn")

      const organizations = c.resolve("procurement_organization")
      const unit = await organizations.createOrganization(
        { kind: "purchasing_unit", name: "山西省财政厅", region_code: "140000" },
        system
      )
      unitId = unit.id
      const [customer] = await c.resolve(Modules.CUSTOMER).createCustomers([{ email: "liming@czt.shanxi.gov.cn", first_name: "明", last_name: "李" }])
      await organizations.createMember(
        { organization_id: unit.id, actor_type: "customer", actor_id: customer.id, role: "operator", email: customer.email, name: "李明" },
        system
      )
      purchaser = await tokenFor("customer", customer.id, customer.email)
    })

    afterAll(() => {
      getContainer()?.resolve("procurement_clock").reset()
    })

    async function cartWith(lines: { offer_id: string; quantity: number }[]) {
      const created = await api.post(
        "/store/carts",
        { region_id: seed.setup.regionId, email: "liming@czt.shanxi.gov.cn" },
        withStore(purchaser)
      )
      const cartId = created.data.cart.id
      await api.post(`/store/carts/${cartId}`, { shipping_address: ADDRESS, billing_address: ADDRESS }, withStore(purchaser))
      let cart: any
      for (const line of lines) {
        cart = (await api.post(`/store/emall/carts/${cartId}/offers`, line, withStore(purchaser))).data.cart
      }
      return cart
    }

    const ordersOf = async (ids: string[]) =>
      (
        await container()
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({
            entity: "order",
            fields: ["id", "status", "items.*", "payment_collections.status", "payment_collections.payments.*"],
            filters: { id: ids },
          })
      ).data
    const stockOf = async (...ids: string[]) =>
      (await dbConnection.raw(`SELECT id, stock FROM offer WHERE id = ANY(?) ORDER BY id`, [ids])).rows.reduce(
        (all: Record<string, number>, row: { id: string; stock: number }) => ({ ...all, [row.id]: row.stock }),
        {}
      )
    const counts = async () =>
      (
        await dbConnection.raw(
          `SELECT (SELECT count(*) FROM "order" WHERE deleted_at IS NULL)::int AS orders,
                  (SELECT count(*) FROM emall_order WHERE deleted_at IS NULL)::int AS emall_orders,
                  (SELECT count(*) FROM reservation_item WHERE deleted_at IS NULL)::int AS reservations,
                  (SELECT count(*) FROM payment WHERE deleted_at IS NULL AND canceled_at IS NULL)::int AS live_payments`
        )
      ).rows[0]

    it("a cart with two suppliers' offers → two authorized orders at the offer prices; suppliers act only on their own; decline and the overdue job release", async () => {
      const offerA1 = await offer(supplierA.orgId, products[0].id, 350000)
      const offerA2 = await offer(supplierA.orgId, products[1].id, 12345)
      const offerB = await offer(supplierB.orgId, products[2].id, 99900)
      const cart = await cartWith([
        { offer_id: offerA1.id, quantity: 2 },
        { offer_id: offerB.id, quantity: 1 },
        { offer_id: offerA2.id, quantity: 3 },
      ])
      expect(cart.items).toHaveLength(3)
      const line = cart.items.find((i: any) => i.metadata.offer_id === offerA1.id)
      expect(line.unit_price).toBe(3500)
      expect(line.metadata.supplier_org_id).toBe(supplierA.orgId)
      expect(line.metadata.supplier_name).toBe("太原市晋阳办公设备有限公司")
      expect(cart.items.find((i: any) => i.metadata.offer_id === offerB.id).metadata.supplier_name).toBe("山西并州商贸有限公司")

      const completed = await api.post(`/store/emall/carts/${cart.id}/complete`, { payment: TREASURY }, withStore(purchaser))
      expect(completed.status).toBe(200)
      const placed = completed.data.emall_orders
      expect(placed).toHaveLength(2)
      const ofA = placed.find((o: any) => o.supplier_org_id === supplierA.orgId)
      const ofB = placed.find((o: any) => o.supplier_org_id === supplierB.orgId)
      expect(ofA).toMatchObject({ status: "pending_confirmation", purchasing_unit_org_id: unitId, total_fen: 2 * 350000 + 3 * 12345 })
      expect(ofB.total_fen).toBe(99900)
      expect([ofA.supplier, ofB.supplier]).toEqual([{ name: "太原市晋阳办公设备有限公司" }, { name: "山西并州商贸有限公司" }])
      expect(new Date(ofA.confirm_by).toISOString()).toBe("2026-11-22T02:00:00.000Z")

      const orders = await ordersOf([ofA.order_id, ofB.order_id])
      const orderA = orders.find((o: any) => o.id === ofA.order_id)!
      const orderB = orders.find((o: any) => o.id === ofB.order_id)!
      expect(orderA.items.map((i: any) => [i.metadata.offer_id, Number(i.unit_price), Number(i.quantity)]).sort()).toEqual(
        [
          [offerA1.id, 3500, 2],
          [offerA2.id, 123.45, 3],
        ].sort()
      )
      expect(orderB.items.map((i: any) => [i.metadata.offer_id, Number(i.unit_price)])).toEqual([[offerB.id, 999]])
      for (const o of [orderA, orderB]) {
        expect(o.payment_collections[0].status).toBe("authorized")
        expect(o.payment_collections[0].payments[0].provider_id).toBe("pp_govpay_treasury")
        expect(o.payment_collections[0].payments[0].captured_at ?? null).toBeNull()
      }
      expect((await counts()).reservations).toBe(3)
      // Each offer's stock (5) lost what was bought, with the order rows.
      expect(await stockOf(offerA1.id, offerA2.id, offerB.id)).toEqual({ [offerA1.id]: 3, [offerA2.id]: 2, [offerB.id]: 4 })
      expect(ofA.offer_quantities).toEqual({ [offerA1.id]: 2, [offerA2.id]: 3 })
      const after = await api.get(`/store/carts/${cart.id}?fields=id,completed_at`, withStore(purchaser))
      expect(after.data.cart.completed_at).not.toBeNull()

      // Each supplier sees only its own; the purchaser sees its unit's.
      const listA = await api.get("/supplier/orders", supplierA.headers)
      expect(listA.data.emall_orders.map((o: any) => o.id)).toEqual([ofA.id])
      expect((await api.get("/store/emall/orders", withStore(purchaser))).data.count).toBe(2)

      // Supplier A cannot act on B's order.
      expect((await api.post(`/supplier/orders/${ofB.id}/confirm`, {}, supplierA.headers).catch(failure)).status).toBe(404)
      expect((await api.post(`/supplier/orders/${ofB.id}/decline`, { reason: "x" }, supplierA.headers).catch(failure)).status).toBe(404)
      // A decline needs a reason.
      const noReason = await api.post(`/supplier/orders/${ofB.id}/decline`, {}, supplierB.headers).catch(failure)
      expect(noReason.status).toBe(400)
      expect(noReason.data.message).toContain("reason")

      const declined = await api.post(`/supplier/orders/${ofB.id}/decline`, { reason: "缺货，无法按期供货" }, supplierB.headers)
      expect(declined.data.emall_order).toMatchObject({ status: "declined", reason: "缺货，无法按期供货" })
      const [orderBAfter] = await ordersOf([ofB.order_id])
      expect(orderBAfter.status).toBe("canceled")
      expect(orderBAfter.payment_collections[0].payments[0].canceled_at).not.toBeNull()
      expect((await counts()).reservations).toBe(2)
      expect((await stockOf(offerB.id))[offerB.id]).toBe(5)
      const again = await api.post(`/supplier/orders/${ofB.id}/confirm`, {}, supplierB.headers).catch(failure)
      expect(again.status).toBe(400)

      // Supplier A lets the 48 h pass: the job cancels and releases.
      container().resolve("procurement_clock").advance(47 * 3_600_000)
      const early = await cancelOverdueEmallOrdersWorkflow(container()).run({ input: { actor: system } })
      expect(early.result.cancelled).toEqual([])
      container().resolve("procurement_clock").advance(2 * 3_600_000)
      const late = await cancelOverdueEmallOrdersWorkflow(container()).run({ input: { actor: system } })
      expect(late.result).toEqual({ cancelled: [ofA.id], failed: [] })
      const [orderAAfter] = await ordersOf([ofA.order_id])
      expect(orderAAfter.status).toBe("canceled")
      expect(orderAAfter.payment_collections[0].payments[0].canceled_at).not.toBeNull()
      const rows = (await api.get("/store/emall/orders", withStore(purchaser))).data.emall_orders
      expect(rows.find((o: any) => o.id === ofA.id)).toMatchObject({ status: "cancelled", reason: "confirmation_overdue", supplier: { name: "太原市晋阳办公设备有限公司" } })
      expect((await counts()).reservations).toBe(0)
      expect(await stockOf(offerA1.id, offerA2.id, offerB.id)).toEqual({ [offerA1.id]: 5, [offerA2.id]: 5, [offerB.id]: 5 })
    })

    it("the same product from two suppliers stays apart and becomes two orders; one line per offer; the cart's payment session is used", async () => {
      const offerA = await offer(supplierA.orgId, products[0].id, 350000)
      const offerB = await offer(supplierB.orgId, products[0].id, 340000)
      const cart = await cartWith([
        { offer_id: offerA.id, quantity: 1 },
        { offer_id: offerB.id, quantity: 1 },
        { offer_id: offerA.id, quantity: 1 },
      ])
      expect(cart.items.map((i: any) => [i.metadata.offer_id, i.quantity, i.unit_price]).sort()).toEqual(
        // Adding an offer again raises its line's quantity (Medusa alone would add a second line).
        [
          [offerA.id, 2, 3500],
          [offerB.id, 1, 3400],
        ].sort()
      )
      // The merged quantity is checked against the stock (5): 2 + 4 is too many, nothing changes.
      const tooMany = await api
        .post(`/store/emall/carts/${cart.id}/offers`, { offer_id: offerA.id, quantity: 4 }, withStore(purchaser))
        .catch(failure)
      expect(tooMany.status).toBe(400)
      expect(tooMany.data.message).toContain("quantity")
      const unchanged = await api.get(`/store/carts/${cart.id}?fields=id,*items`, withStore(purchaser))
      expect(unchanged.data.cart.items.map((i: any) => i.quantity).sort()).toEqual([1, 2])
      const collection = await api.post("/store/payment-collections", { cart_id: cart.id }, withStore(purchaser))
      await api.post(
        `/store/payment-collections/${collection.data.payment_collection.id}/payment-sessions`,
        { provider_id: "pp_govpay_official_card", data: { card_number: "6214830000000001" } },
        withStore(purchaser)
      )
      const completed = await api.post(`/store/emall/carts/${cart.id}/complete`, {}, withStore(purchaser))
      expect(completed.data.emall_orders.map((o: any) => [o.supplier_org_id, o.total_fen]).sort()).toEqual(
        [
          [supplierA.orgId, 700000],
          [supplierB.orgId, 340000],
        ].sort()
      )
      for (const placed of completed.data.emall_orders) {
        expect(placed.order.payment_collections[0]).toMatchObject({ status: "authorized" })
        expect(placed.order.payment_collections[0].payments[0].provider_id).toBe("pp_govpay_official_card")
      }
      const twice = await api.post(`/store/emall/carts/${cart.id}/complete`, {}, withStore(purchaser)).catch(failure)
      expect(twice.status).toBe(400)
      expect(await stockOf(offerA.id, offerB.id)).toEqual({ [offerA.id]: 3, [offerB.id]: 4 })
    })

    it("one supplier's declined authorization leaves no order, reservation or hold behind and the cart intact", async () => {
      const offerA = await offer(supplierA.orgId, products[0].id, 350000)
      // The treasury mock declines exactly 9,999.99 yuan.
      const offerB = await offer(supplierB.orgId, products[1].id, 999999)
      const cart = await cartWith([
        { offer_id: offerA.id, quantity: 1 },
        { offer_id: offerB.id, quantity: 1 },
      ])
      const before = await counts()
      const declined = await api.post(`/store/emall/carts/${cart.id}/complete`, { payment: TREASURY }, withStore(purchaser)).catch(failure)
      expect(declined.status).toBe(422)
      expect(declined.data.type).toBe("payment_authorization_error")
      expect(declined.data.message).toContain("budget_indicator_insufficient")
      expect(await counts()).toEqual(before)
      expect(before).toMatchObject({ orders: 0, emall_orders: 0, reservations: 0 })
      expect(await stockOf(offerA.id, offerB.id)).toEqual({ [offerA.id]: 5, [offerB.id]: 5 })
      const after = await api.get(`/store/carts/${cart.id}?fields=id,completed_at,*items`, withStore(purchaser))
      expect(after.data.cart.completed_at).toBeNull()
      expect(after.data.cart.items).toHaveLength(2)
    })

    it("direct purchase in one request; bad input → 400 naming the field; non-members are refused", async () => {
      const offerA = await offer(supplierA.orgId, products[0].id, 350000)
      const pending = await offer(supplierB.orgId, products[1].id, 1000, { approve: false })
      const elsewhere = await offer(supplierB.orgId, products[2].id, 1000, { delivery_region_codes: ["110000"] })
      const body = (extra: Record<string, unknown> = {}) => ({
        offer_id: offerA.id,
        quantity: 2,
        shipping_address: ADDRESS,
        payment: TREASURY,
        ...extra,
      })

      const bought = await api.post("/store/emall/direct-purchase", body(), withStore(purchaser))
      expect(bought.status).toBe(201)
      const [placed] = bought.data.emall_orders
      expect(placed).toMatchObject({ supplier_org_id: supplierA.orgId, status: "pending_confirmation", total_fen: 700000 })
      expect(placed.order.payment_collections[0].status).toBe("authorized")
      expect(placed.order.items[0]).toMatchObject({ quantity: 2, unit_price: 3500 })
      expect((await counts()).reservations).toBe(1)

      const bad = async (extra: Record<string, unknown>, field: string) => {
        const res = await api.post("/store/emall/direct-purchase", body(extra), withStore(purchaser)).catch(failure)
        expect(res.status).toBe(400)
        expect(res.data.message).toContain(field)
      }
      await bad({ quantity: 0 }, "quantity")
      await bad({ quantity: 6 }, "quantity")
      await bad({ offer_id: pending.id }, "offer_id")
      await bad({ offer_id: elsewhere.id }, "offer_id")
      await bad({ offer_id: "offer_missing" }, "offer_id")
      await bad({ payment: { data: {} } }, "provider_id")
      await bad({ shipping_address: { ...ADDRESS, metadata: { region_code: "14" } } }, "region_code")
      const cart = await api.post("/store/carts", { region_id: seed.setup.regionId }, withStore(purchaser))
      const tooMany = await api
        .post(`/store/emall/carts/${cart.data.cart.id}/offers`, { offer_id: offerA.id, quantity: 9 }, withStore(purchaser))
        .catch(failure)
      expect(tooMany.status).toBe(400)
      expect(tooMany.data.message).toContain("quantity")
      expect((await counts()).orders).toBe(1)

      // Not logged in → 401; a customer outside any purchasing unit → 403.
      const anonymous = await api.post("/store/emall/direct-purchase", body(), withStore({ headers: {} })).catch(failure)
      expect(anonymous.status).toBe(401)
      const [stranger] = await container().resolve(Modules.CUSTOMER).createCustomers([{ email: "someone@example.cn" }])
      const strangerHeaders = await tokenFor("customer", stranger.id, stranger.email)
      const refused = await api.post("/store/emall/direct-purchase", body(), withStore(strangerHeaders)).catch(failure)
      expect(refused.status).toBe(403)
      // A supplier sees no purchaser routes and a purchaser no supplier routes.
      expect((await api.get("/supplier/orders", purchaser).catch(failure)).status).toBe(401)
    })

    it("concurrent direct purchases of the last unit: exactly one succeeds, the others roll back", async () => {
      const last = await offer(supplierA.orgId, products[0].id, 350000, { stock: 1 })
      // Plenty of Medusa inventory, so that only the offer's stock can refuse a purchase.
      await container().resolve(Modules.INVENTORY).updateInventoryLevels([
        { inventory_item_id: products[0].inventory_item_id, location_id: seed.setup.stockLocationId, stocked_quantity: 100 },
      ])
      const body = { offer_id: last.id, quantity: 1, shipping_address: ADDRESS, payment: TREASURY }
      const results = await Promise.all(
        [1, 2, 3].map(() => api.post("/store/emall/direct-purchase", body, withStore(purchaser)).catch(failure))
      )
      const statuses = results.map((r) => r.status).sort()
      expect(statuses).toEqual([201, 400, 400])
      for (const refused of results.filter((r) => r.status === 400)) {
        expect(refused.data.message).toContain("quantity")
      }
      expect((await stockOf(last.id))[last.id]).toBe(0)
      expect(await counts()).toMatchObject({ orders: 1, emall_orders: 1, reservations: 1, live_payments: 1 })

      // Declining gives the unit back; it can be bought again.
      const [placed] = results.find((r) => r.status === 201)!.data.emall_orders
      await api.post(`/supplier/orders/${placed.id}/decline`, { reason: "库存盘点有误" }, supplierA.headers)
      expect((await stockOf(last.id))[last.id]).toBe(1)
      expect((await api.post("/store/emall/direct-purchase", body, withStore(purchaser))).status).toBe(201)
      expect((await stockOf(last.id))[last.id]).toBe(0)
    })

    it("a step failing after the e-mall orders were written gives the stock back (compensation)", async () => {
      const offerA = await offer(supplierA.orgId, products[0].id, 350000)
      const [customer] = await container().resolve(Modules.CUSTOMER).listCustomers({ email: "liming@czt.shanxi.gov.cn" })
      const before = await counts()
      // The cart to complete does not exist: the last step (complete the cart) fails after the
      // orders, reservations, authorizations, e-mall rows and the stock decrement were written.
      const { errors } = await placeSupplierOrdersWorkflow(container()).run({
        input: {
          lines: [{ offer_id: offerA.id, quantity: 2 }],
          payment: TREASURY,
          region_id: seed.setup.regionId,
          sales_channel_id: seed.setup.salesChannelId,
          currency_code: "cny",
          email: customer.email,
          customer_id: customer.id,
          shipping_address: ADDRESS,
          purchasing_unit_org_id: unitId,
          cart_id: "cart_does_not_exist",
        },
        throwOnError: false,
      })
      expect(errors.length).toBeGreaterThan(0)
      expect(errors.map((e: any) => e.action)).toContain("emall-complete-cart")
      expect((await stockOf(offerA.id))[offerA.id]).toBe(5)
      expect(await counts()).toEqual(before)
    })

    it("agency, regulator and platform staff read e-mall orders; a regulator only its province's; nobody writes", async () => {
      const organizations = container().resolve("procurement_organization")
      const staff = async (kind: string, name: string, region_code: string, email: string) => {
        const organization = await organizations.createOrganization({ kind, name, region_code }, system)
        const [user] = await container().resolve(Modules.USER).createUsers([{ email }])
        await organizations.createMember(
          { organization_id: organization.id, actor_type: "user", actor_id: user.id, role: "viewer", email, name },
          system
        )
        return tokenFor("user", user.id, email)
      }
      const agency = await staff("agency", "山西省政府采购中心", "140000", "viewer@zfcg.example.cn")
      const shanxi = await staff("regulator", "山西省财政厅", "140000", "viewer@czt.example.cn")
      const beijing = await staff("regulator", "北京市财政局", "110000", "viewer@czj.example.cn")
      const bought = await offer(supplierA.orgId, products[0].id, 350000)
      const purchase = await api.post(
        "/store/emall/direct-purchase",
        { offer_id: bought.id, quantity: 1, shipping_address: ADDRESS, payment: TREASURY },
        withStore(purchaser)
      )
      const [placed] = purchase.data.emall_orders

      for (const reader of [agency, shanxi]) {
        const list = await api.get("/admin/emall-orders?status=pending_confirmation", reader)
        expect(list.data.count).toBe(1)
        expect(list.data.emall_orders[0]).toMatchObject({ id: placed.id, purchasing_unit_org_id: unitId, total_fen: 350000 })
        expect(list.data.emall_orders[0].order.items[0].metadata.offer_id).toBe(bought.id)
        const one = await api.get(`/admin/emall-orders/${placed.id}`, reader)
        expect(one.data.emall_order).toMatchObject({ id: placed.id, supplier_org_id: supplierA.orgId })
      }
      expect((await api.get("/admin/emall-orders?status=confirmed", agency)).data.count).toBe(0)
      expect((await api.get(`/admin/emall-orders?purchasing_unit_org_id=${unitId}`, shanxi)).data.count).toBe(1)

      // The Beijing regulator supervises no Shanxi purchaser.
      const other = await api.get("/admin/emall-orders", beijing)
      expect(other.data).toMatchObject({ emall_orders: [], count: 0 })
      expect((await api.get(`/admin/emall-orders/${placed.id}`, beijing).catch(failure)).status).toBe(404)
      expect((await api.get(`/admin/emall-orders?purchasing_unit_org_id=${unitId}`, beijing)).data.count).toBe(0)

      const badFilter = await api.get("/admin/emall-orders?status=shipped", agency).catch(failure)
      expect(badFilter.status).toBe(400)
      expect(badFilter.data.message).toContain("status")
      // Read-only, and closed to purchasers and suppliers.
      expect((await api.post(`/admin/emall-orders/${placed.id}`, {}, agency).catch(failure)).status).toBe(403)
      expect((await api.get("/admin/emall-orders", purchaser).catch(failure)).status).toBe(401)
      expect((await api.get("/admin/emall-orders", supplierA.headers).catch(failure)).status).toBe(401)
    })
  },
})
