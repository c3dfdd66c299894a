/**
 * The purchaser's catalog read path: one SQL statement per request through the application's
 * knex (`ContainerRegistrationKeys.PG_CONNECTION`), no ORM, no per-row JavaScript. PostgreSQL
 * builds the response's JSON itself; the route sends that text as it is (docs/adr/0006).
 *
 * - Without offer filters the list reads the offer summary kept on `catalog_entry` by triggers
 *   (lowest approved price, number of approved offers, always exact: written in the same
 *   transaction as the offer): an index range scan in price order.
 * - With offer filters (price range, region, certificate) the rows are each product's cheapest
 *   matching approved offer (an anti-join), in price order (IDX_offer_approved_price), so a page
 *   stops after its last row instead of aggregating every product's offers.
 * - The ordered matches are read up to the page's end or CATALOG_COUNT_CAP + 1, whichever is
 *   further, and counted from that read: `count` is exact up to the cap; above it the answer
 *   says `count_capped: true` ("more than count") instead of counting every match per request.
 */
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { queryTokens, normalizeSearchText } from "../../domain/bigram-tokens"
import { regionCodesServing } from "../../domain/region-codes"

/** Matches counted exactly; beyond this the list reports `count_capped`. */
export const CATALOG_COUNT_CAP = 200

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
export type CatalogSearchStatement = SqlStatement & {
  /** Rows the statement's ordered walk reads at most; `count` reaching it means "more than count". */
  walkLimit: number
}

/** True when the search filters offers (not only products): the summary cannot answer it. */
function hasOfferFilters(params: CatalogSearchParams): boolean {
  return (
    params.price_min !== undefined ||
    params.price_max !== undefined ||
    params.region_code !== undefined ||
    params.certificate !== undefined
  )
}

/**
 * The SQL of a catalog search (also used by the EXPLAIN test): one row with `count` (matches
 * walked, at most `walkLimit`) and `products` (the page as JSON text, cheapest first).
 */
export function buildCatalogSearch(params: CatalogSearchParams): CatalogSearchStatement {
  const entryWhere: string[] = [
    `e."deleted_at" IS NULL`,
    `e."product_status" = 'published'`,
    // Served by the partial IDX_catalog_entry_listed_price; a product without approved offers
    // is never listed.
    `e."offer_count" > 0`,
  ]
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

  // The ordered matches are walked once, up to the end of the page or one past the cap,
  // whichever is further: the page is cut from that walk and its length is the count.
  const walkLimit = Math.max(params.offset + params.limit, CATALOG_COUNT_CAP) + 1
  let walk: SqlStatement
  let offerCount: SqlStatement
  if (!hasOfferFilters(params)) {
    walk = {
      sql: `SELECT e."product_id", e."lowest_price_fen", e."offer_count" FROM "catalog_entry" e
            WHERE ${entryWhere.join(" AND ")}
            ORDER BY e."lowest_price_fen" ASC, e."product_id" ASC LIMIT ?`,
      bindings: [...entryBindings, walkLimit],
    }
    offerCount = { sql: `w."offer_count"`, bindings: [] }
  } else {
    // Offer-driven: each product's cheapest matching offer (no cheaper matching offer of the
    // same product exists, ties broken by id), joined to its entry. With few candidate entries
    // (a search) the planner starts from the entries; otherwise it walks
    // IDX_offer_approved_price in price order and stops at the walk's limit.
    const offerMatch = (o: string): SqlStatement => {
      const where: string[] = [`${o}."status" = 'approved'`, `${o}."deleted_at" IS NULL`]
      const bindings: unknown[] = []
      if (params.price_min !== undefined) {
        where.push(`${o}."price_fen" >= ?`)
        bindings.push(params.price_min)
      }
      if (params.price_max !== undefined) {
        where.push(`${o}."price_fen" <= ?`)
        bindings.push(params.price_max)
      }
      if (params.region_code) {
        where.push(`${o}."delivery_region_codes" && ?::text[]`)
        bindings.push(regionCodesServing(params.region_code))
      }
      if (params.certificate) {
        where.push(
          `EXISTS (SELECT 1 FROM "offer_certificate" c WHERE c."offer_id" = ${o}."id" AND c."deleted_at" IS NULL AND c."kind" = ? AND c."expires_on" >= ?)`
        )
        bindings.push(params.certificate, params.today)
      }
      return { sql: where.join(" AND "), bindings }
    }
    const first = offerMatch("o")
    const cheaper = offerMatch("o2")
    walk = {
      sql: `SELECT o."product_id", o."price_fen" AS "lowest_price_fen" FROM "offer" o
            JOIN "catalog_entry" e ON e."product_id" = o."product_id" AND ${entryWhere.join(" AND ")}
            WHERE ${first.sql}
              AND NOT EXISTS (SELECT 1 FROM "offer" o2 WHERE o2."product_id" = o."product_id" AND ${cheaper.sql}
                    AND (o2."price_fen" < o."price_fen" OR (o2."price_fen" = o."price_fen" AND o2."id" < o."id")))
            ORDER BY o."price_fen" ASC, o."product_id" ASC LIMIT ?`,
      bindings: [...entryBindings, ...first.bindings, ...cheaper.bindings, walkLimit],
    }
    // The matching offers of the page's products only.
    const counted = offerMatch("n")
    offerCount = {
      sql: `(SELECT count(*)::int FROM "offer" n WHERE n."product_id" = w."product_id" AND ${counted.sql})`,
      bindings: counted.bindings,
    }
  }

  const sql = `WITH "walk" AS MATERIALIZED (${walk.sql})
SELECT (SELECT count(*)::int FROM "walk") AS "count",
  (SELECT COALESCE(json_agg(p ORDER BY p."lowest_price_fen", p."product_id"), '[]'::json) FROM (
     SELECT e."product_id", e."title", e."handle", e."thumbnail", e."brand", e."model_number", e."category_ids",
            w."lowest_price_fen", ${offerCount.sql} AS "offer_count"
     FROM (SELECT * FROM "walk" ORDER BY "lowest_price_fen", "product_id" LIMIT ? OFFSET ?) w
     JOIN "catalog_entry" e ON e."product_id" = w."product_id" AND e."deleted_at" IS NULL
   ) p)::text AS "products"`
  return { sql, bindings: [...walk.bindings, ...offerCount.bindings, params.limit, params.offset], walkLimit }
}

/**
 * Runs one read statement with settings for a millisecond OLTP read, local to its transaction:
 * no JIT compilation and no parallel workers. With 20,000 products some plans' estimated cost
 * crosses jit_above_cost / the parallel thresholds, and compiling or starting workers then
 * took longer (0.1–0.5 s on a loaded 2-core machine) than the query itself.
 */
export async function readRow(knex: Knex, { sql, bindings }: SqlStatement): Promise<Record<string, any> | undefined> {
  return await knex.transaction(async (trx) => {
    await trx.raw("SET LOCAL jit = off; SET LOCAL max_parallel_workers_per_gather = 0")
    return (await trx.raw(sql, bindings as any[])).rows[0]
  })
}

export type CatalogSearchResult = {
  /** The page as JSON text: an array of CatalogProductRow. */
  productsJson: string
  /** The number of matches when `capped` is false; when true, more than this many match. */
  count: number
  capped: boolean
}

export async function searchCatalog(knex: Knex, params: CatalogSearchParams): Promise<CatalogSearchResult> {
  const statement = buildCatalogSearch(params)
  const { walkLimit } = statement
  const row = (await readRow(knex, statement)) as { count: number; products: string }
  const capped = row.count >= walkLimit
  return { productsJson: row.products, count: capped ? walkLimit - 1 : row.count, capped }
}

export type OfferComparisonRow = {
  id: string
  supplier_org_id: string
  price_fen: number
  stock: number
  lead_time_days: number
  warranty_months: number
  delivery_region_codes: string[]
  /** ISO 8601 in UTC with milliseconds, as JSON.stringify writes a Date. */
  approved_at: string | null
  certificates: Array<{ kind: string; number: string; issuer: string; expires_on: string; valid: boolean }>
}

/** The SQL of the offers-per-product comparison: one row, or none when the product is not listed. */
export function buildProductOffers(productId: string, today: string, salesChannelIds?: string[]): SqlStatement {
  const sql = `
SELECT json_build_object('id', e."product_id", 'title', e."title")::text AS "product",
       agg."offers"::text AS "offers", json_array_length(agg."offers") AS "count"
FROM "catalog_entry" e
CROSS JOIN LATERAL (
  SELECT COALESCE(json_agg(x ORDER BY x."price_fen", x."lead_time_days", x."id"), '[]'::json) AS "offers"
   FROM (
     SELECT o."id", o."supplier_org_id", o."price_fen", o."stock", o."lead_time_days", o."warranty_months",
            o."delivery_region_codes",
            to_char(o."approved_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "approved_at",
            (SELECT COALESCE(json_agg(json_build_object('kind', c."kind", 'number', c."number", 'issuer', c."issuer",
                      'expires_on', c."expires_on", 'valid', c."expires_on" >= ?) ORDER BY c."kind"), '[]'::json)
             FROM "offer_certificate" c WHERE c."offer_id" = o."id" AND c."deleted_at" IS NULL) AS "certificates"
     FROM "offer" o
     WHERE o."product_id" = e."product_id" AND o."status" = 'approved' AND o."deleted_at" IS NULL
   ) x
) agg
WHERE e."product_id" = ? AND e."deleted_at" IS NULL AND e."product_status" = 'published'
  ${salesChannelIds ? `AND e."sales_channel_ids" && ?::text[]` : ""}`
  return { sql, bindings: salesChannelIds ? [today, productId, salesChannelIds] : [today, productId] }
}

/** All approved offers of a listed product, cheapest first, with their certificates, as JSON text. */
export async function listProductOffers(
  knex: Knex,
  productId: string,
  today: string,
  salesChannelIds?: string[]
): Promise<{ productJson: string; offersJson: string; count: number } | null> {
  const row = (await readRow(knex, buildProductOffers(productId, today, salesChannelIds))) as
    | { product: string; offers: string; count: number }
    | undefined
  return row ? { productJson: row.product, offersJson: row.offers, count: row.count } : null
}
