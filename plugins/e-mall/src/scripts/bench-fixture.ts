/**
 * Fixture for bench/catalog-and-purchase.mjs (run with `medusa exec` from backend/, NOT in
 * production): on a seeded database, makes sure there are a bench purchasing unit with one
 * customer member, two approved bench suppliers, an approved offer of supplier A on every
 * published product (supplier B on every other one) with a large stock, plenty of inventory, and
 * a fresh catalog index. Idempotent. Writes `{ token, offer_ids, products }` as JSON to
 * BENCH_FIXTURE_OUT. Writes bench records into the database it is given: use a copy.
 */
import fs from "node:fs"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, generateJwtToken, Modules } from "@medusajs/framework/utils"
import { indexCatalogProducts } from "../catalog/index-catalog-products"

const system = { actor_type: "system", actor_id: "bench-fixture" }
const ENERGY = { kind: "energy_saving", number: "BENCH-CERT-0001", issuer: "中国质量认证中心", expires_on: "2099-12-31" }
const BENCH_STOCK = 1_000_000

export default async function benchFixture({ container }: ExecArgs) {
  const out = process.env.BENCH_FIXTURE_OUT
  if (!out) throw new Error("BENCH_FIXTURE_OUT is required")
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const organizations = container.resolve("procurement_organization") as any
  const offers = container.resolve("emall_offer") as any

  async function orgByUscc(uscc: string) {
    const [found] = await organizations.listOrganizations({ uscc })
    return found
  }
  async function supplier(name: string, uscc: string, email: string) {
    const existing = await orgByUscc(uscc)
    if (existing) return existing.id as string
    const { organization } = await organizations.registerOrganization({
      organization: { kind: "supplier", name, uscc, region_code: "140100" },
      supplier_profile: {
        enterprise_size: "small",
        bank_account_name: name,
        bank_name: "中国工商银行太原分行",
        bank_account_number: "0502123409024567890",
      },
      registrant: { name: "性能测试", email },
    })
    await organizations.transitionOrganization(organization.id, "approved", {}, system)
    return organization.id as string
  }
  const supplierA = await supplier("性能测试供应商甲有限公司", "91350100M000100Y43", "bench-a@govmall.test")
  const supplierB = await supplier("性能测试供应商乙有限公司", "91110000802100433B", "bench-b@govmall.test")

  // Purchasing unit + customer member.
  const email = "bench-purchaser@govmall.test"
  let [unit] = await organizations.listOrganizations({ name: "性能测试采购单位", kind: "purchasing_unit" })
  if (!unit) {
    unit = await organizations.createOrganization({ kind: "purchasing_unit", name: "性能测试采购单位", region_code: "140000" }, system)
  }
  const customerModule = container.resolve(Modules.CUSTOMER)
  let [customer] = await customerModule.listCustomers({ email })
  if (!customer) {
    ;[customer] = await customerModule.createCustomers([{ email, first_name: "测试", last_name: "性能" }])
    await organizations.createMember(
      { organization_id: unit.id, actor_type: "customer", actor_id: customer.id, role: "operator", email, name: "性能测试" },
      system
    )
  }
  const auth = container.resolve(Modules.AUTH)
  const [providerIdentity] = await auth.listProviderIdentities({ entity_id: email, provider: "emailpass" })
  const identityId =
    (providerIdentity as any)?.auth_identity_id ??
    (
      await auth.createAuthIdentities({
        provider_identities: [{ provider: "emailpass", entity_id: email }],
        app_metadata: { customer_id: customer.id },
      })
    ).id
  const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const token = generateJwtToken(
    { actor_id: customer.id, actor_type: "customer", auth_identity_id: identityId, app_metadata: {} },
    { secret: config.projectConfig.http.jwtSecret as string, expiresIn: "1d" }
  )

  // Offers on every published product.
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "title", "variants.id", "variants.prices.amount", "variants.prices.currency_code", "variants.inventory_items.inventory_item_id"],
    filters: { status: "published" },
  })
  const existing = (await offers.listOffers({ supplier_org_id: [supplierA, supplierB] }, { take: null })) as any[]
  const have = new Set(existing.map((o) => `${o.product_id}:${o.supplier_org_id}`))
  const offerIds: string[] = existing.filter((o) => o.status === "approved").map((o) => o.id)
  const inventoryItemIds: string[] = []
  for (const [i, product] of (products as any[]).entries()) {
    const variant = product.variants?.[0]
    if (!variant) continue
    for (const link of variant.inventory_items ?? []) inventoryItemIds.push(link.inventory_item_id)
    const yuan = Number(variant.prices?.find((p: any) => p.currency_code === "cny")?.amount ?? 1000)
    const base = Math.max(100, Math.round(yuan * 100 * 0.95))
    for (const [org, factor] of [[supplierA, 1], [supplierB, 0.98]] as const) {
      if (org === supplierB && i % 2) continue
      if (have.has(`${product.id}:${org}`)) continue
      const created = await offers.createOffer(
        {
          product_id: product.id,
          supplier_org_id: org,
          price_fen: Math.round(base * factor),
          stock: BENCH_STOCK,
          delivery_region_codes: ["100000"],
          lead_time_days: 3,
          warranty_months: 12,
          certificates: [ENERGY],
          submit: true,
        },
        { ...system, organization_id: org }
      )
      const approved = await offers.approveOffer(created.id, [], system)
      offerIds.push(approved.id)
    }
  }

  // Inventory: enough for every bench purchase.
  const inventory = container.resolve(Modules.INVENTORY)
  const levels = await inventory.listInventoryLevels({ inventory_item_id: inventoryItemIds }, { take: null })
  const low = levels.filter((l: any) => Number(l.stocked_quantity) < BENCH_STOCK / 2)
  if (low.length) {
    await inventory.updateInventoryLevels(
      low.map((l: any) => ({ inventory_item_id: l.inventory_item_id, location_id: l.location_id, stocked_quantity: BENCH_STOCK }))
    )
  }
  await indexCatalogProducts(container)
  fs.writeFileSync(out, JSON.stringify({ token, offer_ids: offerIds, products: products.length }))
}
