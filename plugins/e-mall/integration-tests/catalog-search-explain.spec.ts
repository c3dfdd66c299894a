/**
 * The catalog search uses the bigram GIN index: 20,000 generated catalog entries with 3 offers
 * each (one INSERT … SELECT generate_series per table), then EXPLAIN of the very SQL the
 * /store/catalog route runs. Runs the real app (built plugin) on PostgreSQL.
 */
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createRequire } from "node:module"

const nodeRequire = createRequire(__filename)
const { documentTokens, searchText } = nodeRequire("@govmall/e-mall/domain/bigram-tokens")
const { buildCatalogSearch } = nodeRequire("@govmall/e-mall/modules/emall_offer")

const PRODUCTS = 20_000
const GIN_INDEX = "IDX_catalog_entry_tokens_gin"

const BRANDS = ["联想", "惠普", "戴尔", "华为", "格力", "美的", "海尔", "奔图", "得力", "晨光"]
const KINDS = [
  "台式计算机", "便携式计算机", "空调", "激光打印机", "复印纸", "碎纸机", "投影仪", "办公椅", "文件柜", "保洁服务",
  "车辆维修", "扫描仪", "显示器", "服务器", "交换机", "路由器", "墨盒", "硒鼓", "电冰箱", "洗衣机",
]

type PlanNode = { "Node Type": string; "Index Name"?: string; Plans?: PlanNode[] }

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
        `INSERT INTO "offer" ("id", "product_id", "supplier_org_id", "price_fen", "stock", "delivery_region_codes",
           "lead_time_days", "warranty_months", "status", "created_by")
         SELECT 'offer_gen_' || g || '_' || k, 'prod_gen_' || g, 'org_gen_' || k, 100000 + (g * 37 + k * 1000) % 500000,
                10, ARRAY[CASE WHEN k = 1 THEN '100000' ELSE '140000' END], 3, 12,
                CASE WHEN k = 3 AND g % 2 = 0 THEN 'pending_review' ELSE 'approved' END, 'generator'
         FROM generate_series(1, ?::int) AS g CROSS JOIN generate_series(1, 3) AS k`,
        [PRODUCTS]
      )
      await dbConnection.raw(`ANALYZE "catalog_entry"`)
      await dbConnection.raw(`ANALYZE "offer"`)
    })

    async function explain(params: Record<string, unknown>) {
      const { sql, bindings } = buildCatalogSearch({ sales_channel_ids: ["sc_gov"], today: "2026-11-22", limit: 20, offset: 0, ...params })
      const result = await dbConnection.raw(`EXPLAIN (FORMAT JSON) ${sql}`, bindings)
      const plan = result.rows[0]["QUERY PLAN"][0].Plan as PlanNode
      return planNodes(plan)
    }

    it("has 20,000 entries and 60,000 offers", async () => {
      const counts = await dbConnection.raw(
        `SELECT (SELECT count(*) FROM "catalog_entry")::int AS entries, (SELECT count(*) FROM "offer")::int AS offers`
      )
      expect(counts.rows[0]).toEqual({ entries: PRODUCTS, offers: PRODUCTS * 3 })
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
      expect(nodes.filter((n) => n["Node Type"] === "Seq Scan")).toEqual([])
    })

    it("finds the right rows fast (EXPLAIN ANALYZE printed for the record)", async () => {
      const { sql, bindings } = buildCatalogSearch({ q: "空调", sales_channel_ids: ["sc_gov"], today: "2026-11-22", limit: 20, offset: 0 })
      const analyzed = await dbConnection.raw(`EXPLAIN (ANALYZE, BUFFERS, FORMAT TEXT) ${sql}`, bindings)
      const text = analyzed.rows.map((r: Record<string, string>) => r["QUERY PLAN"]).join("\n")
      console.log(`[explain] q=空调 on ${PRODUCTS} products\n${text}`)
      expect(text).toContain(`Bitmap Index Scan on "${GIN_INDEX}"`)

      const rows = (await dbConnection.raw(sql, bindings)).rows
      expect(rows).toHaveLength(20)
      // 空调 is kind #2 of 20: one product in 20, each with 2 or 3 approved offers.
      expect(Number(rows[0].total)).toBe(PRODUCTS / 20)
      for (const row of rows) {
        expect(row.title).toContain("空调")
        expect(row.offer_count).toBeGreaterThanOrEqual(2)
      }
    })
  },
})
