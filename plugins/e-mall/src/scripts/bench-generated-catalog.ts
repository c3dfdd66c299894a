/**
 * Large-catalog fixture for bench/catalog-and-purchase.mjs (run with `medusa exec` from the
 * built backend, AFTER bench-fixture.js, NEVER on real data): BENCH_GENERATED_PRODUCTS (default
 * 20,000) generated Medusa products (published, one variant, in the sales channel and the
 * categories of the demo catalog, brand/model metadata), indexed into the catalog, each with
 * three approved offers of three bench suppliers (different prices, delivery regions and
 * certificates). Products go through the product module and the link module; the 60,000 offers
 * are written with one INSERT … SELECT each for offers and certificates (the offer workflow's
 * review and audit per offer would take hours here), then the entries' offer summaries are
 * recomputed by the summary trigger. Idempotent: products whose handle already exists are skipped.
 */
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { indexCatalogProducts } from "../catalog/index-catalog-products"

const BATCH = 500
const BRANDS = ["联想", "惠普", "戴尔", "华为", "格力", "美的", "海尔", "奔图", "得力", "晨光"]
const KINDS = [
  "台式计算机", "便携式计算机", "空调", "激光打印机", "复印纸", "碎纸机", "投影仪", "办公椅", "文件柜", "扫描仪",
  "显示器", "服务器", "交换机", "路由器", "墨盒", "硒鼓", "电冰箱", "洗衣机", "多功能一体机", "不间断电源",
]
/** Supplier k delivers to: nationwide, Shanxi province, Beijing. */
const REGIONS = ["100000", "140000", "110000"]

export default async function benchGeneratedCatalog({ container }: ExecArgs) {
  const total = Number(process.env.BENCH_GENERATED_PRODUCTS ?? 20_000)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const productModule = container.resolve(Modules.PRODUCT)
  const organizations = container.resolve("procurement_organization") as any

  // The demo catalog's sales channel, categories and shared option (created by the seed).
  const { data: demo } = await query.graph({
    entity: "product",
    fields: ["id", "sales_channels.id", "options.id", "options.title", "options.values.id", "options.values.value"],
    filters: { status: "published" },
    pagination: { take: 1 },
  })
  const salesChannelId = (demo[0] as any)?.sales_channels?.[0]?.id as string | undefined
  const option = (demo[0] as any)?.options?.[0]
  if (!salesChannelId || !option?.values?.[0]) throw new Error("seed the demo data first (no product with a sales channel and option)")
  const categories = await productModule.listProductCategories({}, { select: ["id"], take: null })
  if (!categories.length) throw new Error("seed the demo data first (no product categories)")

  const suppliers: string[] = []
  for (const uscc of ["91350100M000100Y43", "91110000802100433B"]) {
    const [org] = await organizations.listOrganizations({ uscc })
    if (!org) throw new Error("run bench-fixture first (bench suppliers missing)")
    suppliers.push(org.id)
  }
  const system = { actor_type: "system", actor_id: "bench-generated-catalog" }
  let [third] = await organizations.listOrganizations({ uscc: "91440300MA5F000X18" })
  if (!third) {
    const { organization } = await organizations.registerOrganization({
      organization: { kind: "supplier", name: "性能测试供应商丙有限公司", uscc: "91440300MA5F000X18", region_code: "110100" },
      supplier_profile: {
        enterprise_size: "medium",
        bank_account_name: "性能测试供应商丙有限公司",
        bank_name: "中国建设银行北京分行",
        bank_account_number: "11050162530000000001",
      },
      registrant: { name: "性能测试", email: "bench-c@govmall.test" },
    })
    await organizations.transitionOrganization(organization.id, "approved", {}, system)
    third = organization
  }
  suppliers.push(third.id)

  const handles = (i: number) => `bench-gen-${i}`
  const existing = new Set(
    (await productModule.listProducts({ handle: { $like: "bench-gen-%" } as any }, { select: ["handle"], take: null })).map((p) => p.handle)
  )
  const created: string[] = []
  for (let start = 1; start <= total; start += BATCH) {
    const batch: any[] = []
    for (let i = start; i < Math.min(start + BATCH, total + 1); i++) {
      if (existing.has(handles(i))) continue
      const brand = BRANDS[i % BRANDS.length]
      const kind = KINDS[Math.floor(i / BRANDS.length) % KINDS.length]
      const model = `BG-${i}`
      batch.push({
        title: `${brand} ${kind} 政府采购型 ${model}`,
        subtitle: `${brand} ${model}`,
        handle: handles(i),
        status: ProductStatus.PUBLISHED,
        category_ids: [categories[i % categories.length].id],
        options: [{ id: option.id, value_ids: [option.values[0].id] }],
        variants: [{ title: option.values[0].value, options: { [option.title]: option.values[0].value }, manage_inventory: false }],
        metadata: { brand, model },
      })
    }
    if (!batch.length) continue
    const products = await productModule.createProducts(batch)
    await link.create(
      products.map((p) => ({ [Modules.PRODUCT]: { product_id: p.id }, [Modules.SALES_CHANNEL]: { sales_channel_id: salesChannelId } }))
    )
    await indexCatalogProducts(container, products.map((p) => p.id))
    created.push(...products.map((p) => p.id))
    console.error(`[bench-generated-catalog] ${Math.min(start + BATCH - 1, total)} / ${total} products`)
  }

  // Bulk load: the offer triggers are skipped for these two statements (session_replication_role
  // = replica, transaction-local) and the summaries recomputed after ANALYZE by the same trigger
  // function; row by row, each of the 60,000 trigger runs would look up offers with a plan made
  // when the table looked empty.
  await knex.transaction(async (trx) => {
    await trx.raw(`SET LOCAL session_replication_role = replica`)
    // Three approved offers per generated product; supplier k's price is 98 %, 108 %, 118 % of a base.
    await trx.raw(
      `INSERT INTO "offer" ("id", "product_id", "supplier_org_id", "price_fen", "stock", "delivery_region_codes",
         "lead_time_days", "warranty_months", "status", "submitted_at", "approved_at", "reviewed_by", "created_by")
       SELECT 'offer_bg_' || e."product_id" || '_' || k, e."product_id", (?::text[])[k],
              (50000 + (abs(hashtext(e."product_id")) % 900000)) * (88 + 10 * k) / 100, 1000,
              ARRAY[(?::text[])[k]], 2 + k, 12 * k, 'approved', now(), now(), 'bench', 'bench-generated-catalog'
       FROM "catalog_entry" e CROSS JOIN generate_series(1, 3) AS k
       WHERE e."handle" LIKE 'bench-gen-%' AND e."deleted_at" IS NULL
       ON CONFLICT DO NOTHING`,
      [suppliers, REGIONS]
    )
    // Energy-saving certificates on suppliers 1 and 2; supplier 3's expired long ago.
    await trx.raw(
      `INSERT INTO "offer_certificate" ("id", "kind", "number", "issuer", "expires_on", "offer_id")
       SELECT 'ocert_' || o."id", 'energy_saving', 'BENCH-' || o."id", '中国质量认证中心',
              CASE WHEN o."supplier_org_id" = ? THEN '2020-12-31' ELSE '2099-12-31' END, o."id"
       FROM "offer" o WHERE o."id" LIKE 'offer_bg_%'
       ON CONFLICT DO NOTHING`,
      [suppliers[2]]
    )
  })
  await knex.raw(`ANALYZE "offer"`)
  await knex.raw(`UPDATE "catalog_entry" SET "offer_count" = "offer_count" WHERE "handle" LIKE 'bench-gen-%' AND "deleted_at" IS NULL`)
  await knex.raw(`ANALYZE "catalog_entry"`)
  await knex.raw(`ANALYZE "offer"`)
  await knex.raw(`ANALYZE "offer_certificate"`)
  const counts = await knex.raw(
    `SELECT (SELECT count(*) FROM "catalog_entry" WHERE "handle" LIKE 'bench-gen-%')::int AS entries,
            (SELECT count(*) FROM "offer" WHERE "id" LIKE 'offer_bg_%')::int AS offers`
  )
  console.error(`[bench-generated-catalog] created ${created.length} products; ${JSON.stringify(counts.rows[0])}`)
}
