import { medusaIntegrationTestRunner } from "../helpers/integration-runner"
import { seedStore, storeHeaders } from "../helpers/seeded-store"
import type { SeedResult } from "../../backend/src/scripts/seed/index"

const ADDRESS = {
  first_name: "李",
  last_name: "明",
  address_1: "迎泽大街 100 号 财政厅大楼 3 层",
  city: "太原市",
  province: "山西省",
  postal_code: "030001",
  country_code: "cn",
  phone: "0351-0000000",
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seed: SeedResult
    let store: ReturnType<typeof storeHeaders>

    beforeEach(async () => {
      seed = await seedStore(getContainer())
      store = storeHeaders(seed)
    })

    async function cartWithDesktop(quantity = 1) {
      const found = await api.get(
        `/store/products?q=${encodeURIComponent("台式计算机")}&fields=id,title,*variants,*variants.calculated_price&region_id=${seed.setup.regionId}`,
        store
      )
      expect(found.status).toBe(200)
      expect(found.data.products.length).toBeGreaterThan(0)
      for (const product of found.data.products) {
        expect(product.title).toContain("台式计算机")
      }
      const product = found.data.products[0]
      const variant = product.variants[0]

      const created = await api.post(
        "/store/carts",
        {
          region_id: seed.setup.regionId,
          email: "liming@czt.shanxi.gov.cn",
          items: [{ variant_id: variant.id, quantity }],
        },
        store
      )
      const cartId = created.data.cart.id
      await api.post(
        `/store/carts/${cartId}`,
        { shipping_address: ADDRESS, billing_address: ADDRESS },
        store
      )
      const options = await api.get(`/store/shipping-options?cart_id=${cartId}`, store)
      expect(options.data.shipping_options.length).toBeGreaterThan(0)
      const free = options.data.shipping_options[0]
      expect(free.amount).toBe(0)
      const withShipping = await api.post(
        `/store/carts/${cartId}/shipping-methods`,
        { option_id: free.id },
        store
      )
      return { cart: withShipping.data.cart, variant }
    }

    async function pay(cartId: string, providerId: string, data: Record<string, unknown>) {
      const collection = await api.post("/store/payment-collections", { cart_id: cartId }, store)
      const collectionId = collection.data.payment_collection.id
      await api.post(
        `/store/payment-collections/${collectionId}/payment-sessions`,
        { provider_id: providerId, data },
        store
      )
      return api.post(`/store/carts/${cartId}/complete`, {}, store).catch((error) => error.response)
    }

    it.each([
      ["treasury direct payment 国库集中支付", "pp_govpay_treasury", { budget_indicator_code: "2026-BI-0001" }],
      ["official card 公务卡", "pp_govpay_official_card", { card_number: "6214830000000001" }],
    ])("browses, carts and checks out with %s: order placed, payment only authorized", async (_name, providerId, data) => {
      const { cart, variant } = await cartWithDesktop(2)
      expect(cart.currency_code).toBe("cny")

      const completed = await pay(cart.id, providerId, data)
      expect(completed.status).toBe(200)
      expect(completed.data.type).toBe("order")
      const order = completed.data.order
      expect(order.items[0].variant_id).toBe(variant.id)
      expect(order.items[0].quantity).toBe(2)
      expect(order.email).toBe("liming@czt.shanxi.gov.cn")

      const container = getContainer()
      const query = container.resolve("query")
      const { data: orders } = await query.graph({
        entity: "order",
        fields: ["id", "payment_collections.status", "payment_collections.payments.*", "payment_collections.payments.captures.*"],
        filters: { id: order.id },
      })
      // Government e-mall checkout only authorizes; capture follows acceptance and invoice.
      expect(orders[0].payment_collections[0].status).toBe("authorized")
      const payment = orders[0].payment_collections[0].payments[0]
      expect(payment.provider_id).toBe(providerId)
      expect(payment.captures).toEqual([])
    })

    it("a declined official card leaves the cart intact, says why, and a second card then succeeds", async () => {
      const { cart } = await cartWithDesktop(1)
      const declined = await pay(cart.id, "pp_govpay_official_card", { card_number: "6214830000000002" })

      expect(declined.status).toBe(200)
      expect(declined.data.type).toBe("cart")
      expect(declined.data.order).toBeUndefined()
      expect(declined.data.error.type).toBe("payment_authorization_error")
      expect(declined.data.error.message).toContain("公务卡额度不足")
      expect(declined.data.error.message).toContain("card_limit_insufficient")

      const after = await api.get(`/store/carts/${cart.id}?fields=id,completed_at,*items`, store)
      expect(after.data.cart.completed_at).toBeNull()
      expect(after.data.cart.items).toHaveLength(1)

      const container = getContainer()
      const query = container.resolve("query")
      const { data: orders } = await query.graph({ entity: "order", fields: ["id"] })
      expect(orders).toHaveLength(0)

      const retried = await pay(cart.id, "pp_govpay_official_card", { card_number: "6214830000000001" })
      expect(retried.data.type).toBe("order")
    })
  },
})
