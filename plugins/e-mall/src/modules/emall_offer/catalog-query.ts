/**
 * The purchaser's catalog read path in plain SQL (no ORM, no serializer): products found through
 * the bigram GIN index of `catalog_entry`, each with its lowest approved offer price and its
 * number of approved offers matching the offer filters; and all approved offers of one product
 * side by side. Run with the application's knex (`ContainerRegistrationKeys.PG_CONNECTION`).
 */
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { queryTokens, normalizeSearchText } from "../../domain/bigram-tokens"
import { regionCodesServing } from "../../domain/region-codes"

export type CatalogSearchParams = {
  q?: string
  category_id?: string[]
  brand?: string
  price_min?: number
  price_max?: number
  region_code?: string
  certificate?: string
  /** Sales channels of the publishable key; products outside them are not shown. */
  sales_channel_ids?: string[]
  /** Shanghai date "YYYY-MM-DD" at which certificates must be valid (business clock). */
  today: string
  limit: number
  offset: number
}

export type CatalogProductRow = {
  product_id: string
  title: string
  handle: string | null
  thumbnail: string | null
  brand: string | null
  model_number: string | null
  category_ids: string[]
  lowest_price_fen: number
  offer_count: number
}

export type SqlStatement = { sql: string; bindings: unknown[] }

/** The SQL of a catalog search (also used by the EXPLAIN test). */
export function buildCatalogSearch(params: CatalogSearchParams): SqlStatement {
  const entryWhere: string[] = [`e."deleted_at" IS NULL`, `e."product_status" = 'published'`]
  const entryBindings: unknown[] = []
  if (params.q) {
    const { tokens, phrases } = queryTokens(params.q)
    if (tokens.length) {
      entryWhere.push(`e."tokens" @> ?::text[]`)
      entryBindings.push(tokens)
      for (const phrase of phrases) {
        // Phrases are Han characters or [a-z0-9]: no LIKE wildcards to escape.
        entryWhere.push(`e."search_text" LIKE ?`)
        entryBindings.push(`%${phrase}%`)
      }
    }
  }
  if (params.sales_channel_ids) {
    entryWhere.push(`e."sales_channel_ids" && ?::text[]`)
    entryBindings.push(params.sales_channel_ids)
  }
  if (params.category_id?.length) {
    entryWhere.push(`e."category_ids" && ?::text[]`)
    entryBindings.push(params.category_id)
  }
  if (params.brand) {
    entryWhere.push(`e."brand_key" = ?`)
    entryBindings.push(normalizeSearchText(params.brand.trim()))
  }

  const offerWhere: string[] = [`o."product_id" = e."product_id"`, `o."status" = 'approved'`, `o."deleted_at" IS NULL`]
  const offerBindings: unknown[] = []
  if (params.price_min !== undefined) {
    offerWhere.push(`o."price_fen" >= ?`)
    offerBindings.push(params.price_min)
  }
  if (params.price_max !== undefined) {
    offerWhere.push(`o."price_fen" <= ?`)
    offerBindings.push(params.price_max)
  }
  if (params.region_code) {
    offerWhere.push(`o."delivery_region_codes" && ?::text[]`)
    offerBindings.push(regionCodesServing(params.region_code))
  }
  if (params.certificate) {
    offerWhere.push(
      `EXISTS (SELECT 1 FROM "offer_certificate" c WHERE c."offer_id" = o."id" AND c."deleted_at" IS NULL AND c."kind" = ? AND c."expires_on" >= ?)`
    )
    offerBindings.push(params.certificate, params.today)
  }

  const sql = `
SELECT e."product_id", e."title", e."handle", e."thumbnail", e."brand", e."model_number", e."category_ids",
       agg."lowest_price_fen", agg."offer_count", count(*) OVER () AS "total"
FROM "catalog_entry" e
CROSS JOIN LATERAL (
  SELECT min(o."price_fen") AS "lowest_price_fen", count(*)::int AS "offer_count"
  FROM "offer" o
  WHERE ${offerWhere.join(" AND ")}
) agg
WHERE ${entryWhere.join(" AND ")} AND agg."offer_count" > 0
ORDER BY agg."lowest_price_fen" ASC, e."product_id" ASC
LIMIT ? OFFSET ?`
  return { sql, bindings: [...offerBindings, ...entryBindings, params.limit, params.offset] }
}

export async function searchCatalog(
  knex: Knex,
  params: CatalogSearchParams
): Promise<{ products: CatalogProductRow[]; count: number }> {
  const { sql, bindings } = buildCatalogSearch(params)
  const result = await knex.raw(sql, bindings as any[])
  const rows = result.rows as Array<CatalogProductRow & { total: string }>
  let count = rows.length ? Number(rows[0].total) : 0
  if (!rows.length && params.offset > 0) {
    // Past the end: count without the page.
    const counted = await knex.raw(`SELECT count(*) AS n FROM (${sql.replace(/LIMIT \? OFFSET \?$/, "")}) s`, bindings.slice(0, -2) as any[])
    count = Number(counted.rows[0].n)
  }
  return {
    products: rows.map(({ total: _total, ...row }) => ({
      ...row,
      lowest_price_fen: Number(row.lowest_price_fen),
      offer_count: Number(row.offer_count),
    })),
    count,
  }
}

export type OfferComparisonRow = {
  id: string
  supplier_org_id: string
  price_fen: number
  stock: number
  lead_time_days: number
  warranty_months: number
  delivery_region_codes: string[]
  approved_at: Date | null
  certificates: Array<{ kind: string; number: string; issuer: string; expires_on: string; valid: boolean }>
}

/** All approved offers of a product, cheapest first, with their certificates. */
export async function listProductOffers(
  knex: Knex,
  productId: string,
  today: string,
  salesChannelIds?: string[]
): Promise<{ product: { id: string; title: string } | null; offers: OfferComparisonRow[] }> {
  const entry = await knex.raw(
    `SELECT "product_id" AS id, "title" FROM "catalog_entry"
     WHERE "product_id" = ? AND "deleted_at" IS NULL AND "product_status" = 'published'
       ${salesChannelIds ? `AND "sales_channel_ids" && ?::text[]` : ""}`,
    salesChannelIds ? [productId, salesChannelIds] : [productId]
  )
  if (!entry.rows.length) {
    return { product: null, offers: [] }
  }
  const result = await knex.raw(
    `SELECT o."id", o."supplier_org_id", o."price_fen", o."stock", o."lead_time_days", o."warranty_months",
            o."delivery_region_codes", o."approved_at",
            COALESCE(json_agg(json_build_object('kind', c."kind", 'number', c."number", 'issuer', c."issuer",
                       'expires_on', c."expires_on", 'valid', c."expires_on" >= ?) ORDER BY c."kind")
                     FILTER (WHERE c."id" IS NOT NULL), '[]') AS "certificates"
     FROM "offer" o
     LEFT JOIN "offer_certificate" c ON c."offer_id" = o."id" AND c."deleted_at" IS NULL
     WHERE o."product_id" = ? AND o."status" = 'approved' AND o."deleted_at" IS NULL
     GROUP BY o."id"
     ORDER BY o."price_fen" ASC, o."lead_time_days" ASC, o."id" ASC`,
    [today, productId]
  )
  return {
    product: entry.rows[0],
    offers: result.rows.map((row: OfferComparisonRow) => ({
      ...row,
      price_fen: Number(row.price_fen),
    })),
  }
}
