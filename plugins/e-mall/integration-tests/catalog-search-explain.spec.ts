/**
 * The catalog's read path uses indexes on a large catalog: 20,000 generated catalog entries with
 * 3 offers each (one INSERT … SELECT generate_series per table; the offer summary triggers fill
 * the entries), then EXPLAIN of the very SQL the /catalog/products and offers routes run (the
 * publishable key check included), under the server's default settings: every plan stays below
 * jit_above_cost and starts no parallel workers, so the routes need no per-statement settings
 * (one round trip). Runs the real app (built plugin) on PostgreSQL.
 */
import { medusaIntegrationTestRunner } from "../../../tests/helpers/integration-runner"
import { createRequire } from "node:module"

const nodeRequire = createRequire(__filename)
const { documentTokens, searchText } = nodeRequire("@govmall/e-mall/domain/bigram-tokens")
const { buildCatalogSearch, buildProductOffers, CATALOG_COUNT_CAP } = nodeRequire("@govmall/e-mall/modules/emall_offer")

const PRODUCTS = 20_000
const GIN_INDEX = "IDX_catalog_entry_tokens_gin"
/** A publishable key of the generated entries' sales channel (sc_gov), written in beforeAll. */
const KEY = "pk_explain_gov"
/** A publishable key of a sales channel without products. */
const EMPTY_CHANNEL_KEY = "pk_explain_empty"

const BRANDS = ["联想", "惠普", "戴尔", "华为", "格力", "美的", "海尔", "奔图", "得力", "晨光"]
const KINDS = [
  "台式计算机", "便携式计算机", "空调", "激光打印机", "复印纸", "碎纸机", "投影仪", "办公椅", "文件柜", "保洁服务",
  "车辆维修", "扫描仪", "显示器", "服务器", "交换机", "路由器", "墨盒", "硒鼓", "电冰箱", "洗衣机",
]

type PlanNode = { "Node Type": string; "Index Name"?: string; "Relation Name"?: string; Plans?: PlanNode[] }

function planNodes(node: PlanNode): PlanNode[] {
  return [node, ...(node.Plans ?? []).flatMap(planNodes)]
}

medusaIntegrationTestRunner({
  testSuite: ({ dbConnection }) => {
    beforeAll(async () => {
      // 200 title templates (brand × kind); row g uses template g % 200 plus its own model number.
      const templates = BRANDS.flatMap((brand) =>
        KINDS.map((kind) => ({
          title: `${brand} ${kind} 政府采购型号`,
          brand,
          tokens: documentTokens(`${brand} ${kind} 政府采购型号`, brand, kind),
          search_text: searchText(`${brand} ${kind} 政府采购型号`, brand, kind),
        }))
      )
      // Offers first: each entry's BEFORE INSERT trigger then reads its offers once.
      await dbConnection.raw(
        `INSERT INTO "offer" ("id", "product_id", "supplier_org_id", "price_fen", "stock", "delivery_region_codes",
           "lead_time_days", "warranty_months", "status", "created_by")
         SELECT 'offer_gen_' || g || '_' || k, 'prod_gen_' || g, 'org_gen_' || k, 100000 + (g * 37 + k * 1000) % 500000,
                10, ARRAY[CASE WHEN k = 1 THEN '100000' ELSE '140000' END], 3, 12,
                CASE WHEN k = 3 AND g % 2 = 0 THEN 'pending_review' ELSE 'approved' END, 'generator'
         FROM generate_series(1, ?::int) AS g CROSS JOIN generate_series(1, 3) AS k`,
        [PRODUCTS]
      )
      // The offers' three suppliers (the comparison names them): organizations with profiles,
      // written as the procurement-core tables hold them.
      await dbConnection.raw(
        `INSERT INTO "organization" ("id", "kind", "name", "region_code", "status")
         SELECT 'org_gen_' || k, 'supplier', '生成供应商' || k || '有限公司', '140105', 'approved' FROM generate_series(1, 3) AS k`
      )
      await dbConnection.raw(
        `INSERT INTO "supplier_profile" ("id", "organization_id", "enterprise_size", "bank_account_name", "bank_name", "bank_account_number")
         SELECT 'supprof_gen_' || k, 'org_gen_' || k, 'small', '生成供应商' || k, '中国工商银行太原分行', '0502123409024567890' FROM generate_series(1, 3) AS k`
      )
      // Fresh statistics first: the trigger's lookup of a product's offers is planned with them
      // (on an empty-looking table it would scan all 60,000 offers for each of 20,000 entries).
      await dbConnection.raw(`ANALYZE "offer"`)
      await dbConnection.raw(
        `INSERT INTO "catalog_entry" ("id", "product_id", "title", "brand", "brand_key", "model_number",
           "category_ids", "category_handles", "product_status", "sales_channel_ids", "tokens", "search_text")
         SELECT 'catent_gen_' || g, 'prod_gen_' || g, (t->>'title') || ' M' || g, t->>'brand', t->>'brand',
                'M' || g, ARRAY['pcat_' || (g % 20)], ARRAY['cat-' || (g % 20)], 'published', ARRAY['sc_gov'],
                ARRAY(SELECT jsonb_array_elements_text(t->'tokens')) || ARRAY['m' || g],
                (t->>'search_text') || ' | m' || g
         FROM generate_series(1, ?::int) AS g
         CROSS JOIN LATERAL (SELECT (?::jsonb) -> (g % 200) AS t) tpl`,
        [PRODUCTS, JSON.stringify(templates)]
      )
      await dbConnection.raw(
        `INSERT INTO "api_key" ("id", "token", "salt", "redacted", "title", "type", "created_by")
         VALUES ('apk_explain', ?, '', 'pk_exp***gov', 'explain', 'publishable', 'test')`,
        [KEY]
      )
      // A second key on a channel without products (as Medusa's seeded default key).
      await dbConnection.raw(
        `INSERT INTO "api_key" ("id", "token", "salt", "redacted", "title", "type", "created_by")
         VALUES ('apk_explain_empty', ?, '', 'pk_exp***pty', 'explain empty', 'publishable', 'test')`,
        [EMPTY_CHANNEL_KEY]
      )
      await dbConnection.raw(
        `INSERT INTO "publishable_api_key_sales_channel" ("publishable_key_id", "sales_channel_id", "id")
         VALUES ('apk_explain', 'sc_gov', 'pksc_explain'), ('apk_explain_empty', 'sc_empty', 'pksc_explain_empty')`
      )
      // The products' channel links (Medusa's product_sales_channel), which the key check probes.
      await dbConnection.raw(
        `INSERT INTO "product_sales_channel" ("product_id", "sales_channel_id", "id")
         SELECT 'prod_gen_' || g, 'sc_gov', 'prodsc_gen_' || g FROM generate_series(1, ?::int) AS g`,
        [PRODUCTS]
      )
      await dbConnection.raw(`ANALYZE "product_sales_channel"`)
      await dbConnection.raw(`ANALYZE "catalog_entry"`)
      await dbConnection.raw(`ANALYZE "offer"`)
    })

    let jitAboveCost: number

    /** EXPLAIN (optionally ANALYZE) of a route's statement, as readRow runs it (default settings). */
    async function plan(statement: { sql: string; bindings: unknown[] }, analyze = false) {
      const result = await dbConnection.raw(`EXPLAIN (${analyze ? "ANALYZE, BUFFERS, " : ""}FORMAT JSON) ${statement.sql}`, statement.bindings)
      const planned = result.rows[0]["QUERY PLAN"][0]
      // No JIT compilation and no parallel workers for a millisecond read (each cost 0.1-0.5 s
      // on a loaded 2-core machine when an estimate crossed the thresholds).
      jitAboveCost ??= Number((await dbConnection.raw(`SELECT current_setting('jit_above_cost') AS c`)).rows[0].c)
      expect(planned.Plan["Total Cost"]).toBeLessThan(jitAboveCost)
      expect(planNodes(planned.Plan).filter((n) => n["Node Type"].startsWith("Gather"))).toEqual([])
      return planned
    }

    async function explain(params: Record<string, unknown>) {
      const statement = buildCatalogSearch({ publishable_key: KEY, today: "2026-11-22", limit: 20, offset: 0, ...params })
      return planNodes((await plan(statement)).Plan as PlanNode)
    }

    const seqScans = (nodes: PlanNode[]) => nodes.filter((n) => n["Node Type"] === "Seq Scan").map((n) => n["Relation Name"])

    it("has 20,000 entries and 60,000 offers, each entry with its offer summary", async () => {
      const counts = await dbConnection.raw(
        `SELECT (SELECT count(*) FROM "catalog_entry")::int AS entries, (SELECT count(*) FROM "offer")::int AS offers`
      )
      expect(counts.rows[0]).toEqual({ entries: PRODUCTS, offers: PRODUCTS * 3 })
      // The trigger-kept summary equals the aggregate over the offers, for every entry.
      const wrong = await dbConnection.raw(
        `SELECT count(*)::int AS n FROM "catalog_entry" e
         LEFT JOIN (SELECT "product_id", min("price_fen") AS lowest, count(*)::int AS n FROM "offer"
                    WHERE "status" = 'approved' AND "deleted_at" IS NULL GROUP BY 1) s ON s."product_id" = e."product_id"
         WHERE e."lowest_price_fen" IS DISTINCT FROM s.lowest OR e."offer_count" <> COALESCE(s.n, 0)`
      )
      expect(wrong.rows[0].n).toBe(0)
    })

    it("the unfiltered list walks IDX_catalog_entry_listed_price in price order, no sequential scan", async () => {
      const nodes = await explain({})
      expect(nodes.some((n) => n["Index Name"] === "IDX_catalog_entry_listed_price")).toBe(true)
      expect(seqScans(nodes)).toEqual([])
    })

    it.each([
      ["region", { region_code: "140105" }],
      ["price range", { price_min: 200000, price_max: 250000 }],
      ["certificate", { certificate: "energy_saving" }],
      ["category + region + price", { category_id: ["pcat_3"], region_code: "140105", price_max: 400000 }],
      ["brand + region", { brand: "格力", region_code: "140105" }],
    ])("offer filters (%s) use indexes, no sequential scan", async (_name, filters) => {
      const nodes = await explain(filters)
      expect(nodes.some((n) => n["Index Name"]?.startsWith("IDX_offer_"))).toBe(true)
      expect(seqScans(nodes)).toEqual([])
    })

    it("the offers of one product: index lookups only", async () => {
      const nodes = planNodes((await plan(buildProductOffers("prod_gen_42", "2026-11-22", KEY))).Plan as PlanNode)
      expect(seqScans(nodes)).toEqual([])
      expect(nodes.some((n) => n["Index Name"] === "IDX_catalog_entry_product_id_unique")).toBe(true)
      // The supplier of each offer: organization by primary key, its profile by organization id.
      expect(nodes.some((n) => n["Index Name"] === "organization_pkey")).toBe(true)
      expect(nodes.some((n) => n["Index Name"] === "IDX_supplier_profile_organization_id_unique")).toBe(true)
      const statement = buildProductOffers("prod_gen_42", "2026-11-22", KEY)
      const row = (await dbConnection.raw(statement.sql, statement.bindings)).rows[0]
      // Product 42's offer of supplier 3 is pending review: two approved offers, supplier 1 cheaper.
      expect(JSON.parse(row.offers).map((o: any) => o.supplier)).toEqual(
        [1, 2].map((k) => ({ name: `生成供应商${k}有限公司`, region_code: "140105", enterprise_size: "small", special_status: "none" }))
      )
    })

    it.each([
      ["台式计算机", {}],
      ["空调", {}],
      ["打印", {}],
      ["联想 台式计算机", { region_code: "140105", price_max: 400000 }],
      ["m12345", {}],
    ])("q=%j %j is a Bitmap Index Scan on the GIN index", async (q, filters) => {
      const nodes = await explain({ q, ...filters })
      const scans = nodes.filter((n) => n["Index Name"] === GIN_INDEX)
      expect(scans.map((n) => n["Node Type"])).toEqual(["Bitmap Index Scan"])
      // No sequential read of the catalog.
      expect(seqScans(nodes)).toEqual([])
    })

    it("finds the right rows fast (EXPLAIN ANALYZE timings printed for the record)", async () => {
      const statement = buildCatalogSearch({ q: "空调", publishable_key: KEY, today: "2026-11-22", limit: 20, offset: 0 })
      const analyzed = await plan(statement, true)
      const nodes = planNodes(analyzed.Plan as PlanNode)
      console.log(`[explain] q=空调 on ${PRODUCTS} products: planning ${analyzed["Planning Time"]} ms, execution ${analyzed["Execution Time"]} ms`)
      expect(nodes.some((n) => n["Index Name"] === GIN_INDEX && n["Node Type"] === "Bitmap Index Scan")).toBe(true)

      const row = (await dbConnection.raw(statement.sql, statement.bindings)).rows[0]
      const products = JSON.parse(row.products)
      expect(products).toHaveLength(20)
      // 空调 is kind #2 of 20: one product in 20 (1,000), each with 2 or 3 approved offers;
      // counted up to the cap.
      expect(PRODUCTS / 20).toBeGreaterThan(CATALOG_COUNT_CAP)
      expect(row.count).toBe(CATALOG_COUNT_CAP + 1)
      for (const product of products) {
        expect(product.title).toContain("空调")
        expect(product.offer_count).toBeGreaterThanOrEqual(2)
      }
      const prices = products.map((p: any) => p.lowest_price_fen)
      expect(prices).toEqual([...prices].sort((a: number, b: number) => a - b))
    })

    it("prints EXPLAIN ANALYZE times of the bench's requests (for docs/adr/0006); an unknown key reads nothing", async () => {
      const variants: Array<[string, { sql: string; bindings: unknown[] }]> = [
        ["list", buildCatalogSearch({ publishable_key: KEY, today: "2026-11-22", limit: 20, offset: 0 })],
        ["q=台式计算机", buildCatalogSearch({ q: "台式计算机", publishable_key: KEY, today: "2026-11-22", limit: 20, offset: 0 })],
        ["q=空调", buildCatalogSearch({ q: "空调", publishable_key: KEY, today: "2026-11-22", limit: 20, offset: 0 })],
        [
          "category+region+price_max",
          buildCatalogSearch({ category_id: ["pcat_3"], region_code: "140105", price_max: 400000, publishable_key: KEY, today: "2026-11-22", limit: 20, offset: 0 }),
        ],
        ["region", buildCatalogSearch({ region_code: "140105", publishable_key: KEY, today: "2026-11-22", limit: 20, offset: 0 })],
        ["offers of one product", buildProductOffers("prod_gen_42", "2026-11-22", KEY)],
      ]
      for (const [name, statement] of variants) {
        const analyzed = await plan(statement, true)
        console.log(`[explain] ${name} on ${PRODUCTS} products: planning ${analyzed["Planning Time"]} ms, execution ${analyzed["Execution Time"]} ms`)
        const row = (await dbConnection.raw(statement.sql, statement.bindings)).rows[0]
        expect(row.key_channels).toBe(1)
      }
      const wrong = buildCatalogSearch({ publishable_key: "pk_unknown", today: "2026-11-22", limit: 20, offset: 0 })
      const row = (await dbConnection.raw(wrong.sql, wrong.bindings)).rows[0]
      expect(row).toEqual({ key_channels: null, count: 0, products: "[]" })
    })

    it.each([
      ["list", {}],
      ["region", { region_code: "140105" }],
      ["q=空调 + price", { q: "空调", price_max: 400000 }],
    ])("a key whose channels hold no product skips the walk (%s): nothing read, nothing found", async (_name, params) => {
      const statement = buildCatalogSearch({ publishable_key: EMPTY_CHANNEL_KEY, today: "2026-11-22", limit: 20, offset: 0, ...params })
      const analyzed = await plan(statement, true)
      const gates = planNodes(analyzed.Plan as PlanNode).filter((n: any) => n["One-Time Filter"])
      expect(gates.length).toBeGreaterThan(0)
      // The scans below the gate never ran.
      for (const gate of gates) for (const child of (gate as PlanNode).Plans ?? []) expect((child as any)["Actual Loops"]).toBe(0)
      const row = (await dbConnection.raw(statement.sql, statement.bindings)).rows[0]
      expect(row).toEqual({ key_channels: 1, count: 0, products: "[]" })
    })
  },
})
