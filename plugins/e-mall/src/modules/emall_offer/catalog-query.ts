/**
 * The purchaser's catalog search: one SQL statement per request through the application's knex
 * (`ContainerRegistrationKeys.PG_CONNECTION`), no ORM, no per-row JavaScript. The statement
 * checks the publishable key (catalog-key.ts) and builds the response's JSON itself; the route
 * sends that text as it is (docs/adr/0006).
 *
 * - Without offer filters the list reads the offer summary kept on `catalog_entry` by triggers
 *   (lowest approved price, number of approved offers, always exact: written in the same
 *   transaction as the offer).
 * - With offer filters (price range, region, certificate) each candidate product's cheapest
 *   matching approved offer is one probe of IDX_offer_approved_product_price (LATERAL … LIMIT 1).
 *   Candidates come either from the entry filters (search, category, brand: GIN / btree) or,
 *   without them, from a walk of IDX_offer_approved_price in price order that stops after the
 *   walk's limit (a product's first offer in that walk is its cheapest match).
 * - The ordered matches are read up to the page's end or CATALOG_COUNT_CAP + 1, whichever is
 *   further, and counted from that read: `count` is exact up to the cap; above it the answer
 *   says `count_capped: true` ("more than count") instead of counting every match per request.
 *
 * The plan shapes are fixed by the SQL (LATERAL probes by product id, MATERIALIZED steps), so
 * they stay index-driven even on tables that were never analysed (autovacuum off).
 */
import { queryTokens, normalizeSearchText } from "../../domain/bigram-tokens"
import { regionCodesServing } from "../../domain/region-codes"
import { catalogKeyCte, KEY_CHANNELS_COLUMN, KEY_HAS_PRODUCTS, type SqlStatement } from "./catalog-key"

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
  /** Token of the publishable key; products outside its sales channels are not shown. */
  publishable_key: string
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

/** The entry filters other than "listed": search, category, brand. */
function entryFilters(params: CatalogSearchParams): SqlStatement {
  const where: string[] = []
  const bindings: unknown[] = []
  if (params.q) {
    const { tokens, phrases } = queryTokens(params.q)
    if (tokens.length) {
      where.push(`e."tokens" @> ?::text[]`)
      bindings.push(tokens)
      for (const phrase of phrases) {
        // Phrases are Han characters or [a-z0-9]: no LIKE wildcards to escape.
        where.push(`e."search_text" LIKE ?`)
        bindings.push(`%${phrase}%`)
      }
    }
  }
  if (params.category_id?.length) {
    where.push(`e."category_ids" && ?::text[]`)
    bindings.push(params.category_id)
  }
  if (params.brand) {
    where.push(`e."brand_key" = ?`)
    bindings.push(normalizeSearchText(params.brand.trim()))
  }
  return { sql: where.map((w) => ` AND ${w}`).join(""), bindings }
}

/** The offer filters on alias `o` (approved, not deleted, price range, region, valid certificate). */
function offerMatch(params: CatalogSearchParams, o: string): SqlStatement {
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

/**
 * The key's sales channels, as a filter the planner cannot mistake for a selective one: the
 * channels are only known at execution (from the key CTE), and an `&&` against an unknown array
 * is estimated at 1 % of the rows, which made the planner read and sort every entry through the
 * sales-channel GIN index instead of walking the price index. Almost every product is in the
 * store's channel, so it is checked row by row on the few rows a walk reads.
 */
const IN_KEY_CHANNELS = `(SELECT e."sales_channel_ids" && k."channels" FROM "catalog_key" k)`

/**
 * The SQL of a catalog search (also used by the EXPLAIN test): one row with `key_channels`
 * (NULL: no usable publishable key), `count` (matches walked, at most `walkLimit`) and
 * `products` (the page as JSON text, cheapest first).
 */
export function buildCatalogSearch(params: CatalogSearchParams): CatalogSearchStatement {
  const key = catalogKeyCte(params.publishable_key)
  const entries = entryFilters(params)
  const listed = `e."deleted_at" IS NULL AND e."product_status" = 'published' AND ${IN_KEY_CHANNELS}`
  // The ordered matches are walked once, up to the end of the page or one past the cap,
  // whichever is further: the page is cut from that walk and its length is the count.
  const walkLimit = Math.max(params.offset + params.limit, CATALOG_COUNT_CAP) + 1

  let walk: SqlStatement
  let offerCount: SqlStatement
  if (!hasOfferFilters(params)) {
    // Served by the partial IDX_catalog_entry_listed_price (price order) or, with a search /
    // category / brand, by their indexes; a product without approved offers is never listed.
    walk = {
      sql: `SELECT e."product_id", e."lowest_price_fen", e."offer_count" FROM "catalog_entry" e
            WHERE ${KEY_HAS_PRODUCTS} AND e."offer_count" > 0 AND ${listed}${entries.sql}
            ORDER BY e."lowest_price_fen" ASC, e."product_id" ASC LIMIT ?`,
      bindings: [...entries.bindings, walkLimit],
    }
    offerCount = { sql: `w."offer_count"`, bindings: [] }
  } else {
    const cheapest = offerMatch(params, "o")
    if (entries.sql) {
      // Entry-driven: the search / category / brand candidates, each with its cheapest matching
      // offer (one index probe), then price order.
      walk = {
        sql: `SELECT e."product_id", m."price_fen" AS "lowest_price_fen" FROM "catalog_entry" e
              CROSS JOIN LATERAL (SELECT o."price_fen" FROM "offer" o WHERE o."product_id" = e."product_id" AND ${cheapest.sql}
                                  ORDER BY o."price_fen", o."id" LIMIT 1) m
              WHERE ${KEY_HAS_PRODUCTS} AND e."offer_count" > 0 AND ${listed}${entries.sql}
              ORDER BY m."price_fen" ASC, e."product_id" ASC LIMIT ?`,
        bindings: [...cheapest.bindings, ...entries.bindings, walkLimit],
      }
    } else {
      // Offer-driven: matching offers in price order; an offer is its product's cheapest match
      // when no matching offer of the product comes before it ((price, id) order: one probe of
      // IDX_offer_approved_product_price); the entry is looked up by product id.
      const earlier = offerMatch(params, "o2")
      walk = {
        sql: `SELECT o."product_id", o."price_fen" AS "lowest_price_fen" FROM "offer" o
              WHERE ${KEY_HAS_PRODUCTS} AND ${cheapest.sql}
                AND NOT EXISTS (SELECT 1 FROM "offer" o2 WHERE o2."product_id" = o."product_id"
                                  AND (o2."price_fen", o2."id") < (o."price_fen", o."id") AND ${earlier.sql})
                AND EXISTS (SELECT 1 FROM "catalog_entry" e WHERE e."product_id" = o."product_id" AND ${listed})
              ORDER BY o."price_fen" ASC, o."product_id" ASC LIMIT ?`,
        bindings: [...cheapest.bindings, ...earlier.bindings, walkLimit],
      }
    }
    // The matching offers of the page's products only.
    const counted = offerMatch(params, "n")
    offerCount = {
      sql: `(SELECT count(*)::int FROM "offer" n WHERE n."product_id" = w."product_id" AND ${counted.sql})`,
      bindings: counted.bindings,
    }
  }

  const sql = `WITH ${key.sql}, "walk" AS MATERIALIZED (${walk.sql})
SELECT ${KEY_CHANNELS_COLUMN}, (SELECT count(*)::int FROM "walk") AS "count",
  (SELECT COALESCE(json_agg(p ORDER BY p."lowest_price_fen", p."product_id"), '[]'::json) FROM (
     SELECT e."product_id", e."title", e."handle", e."thumbnail", e."brand", e."model_number", e."category_ids",
            w."lowest_price_fen", ${offerCount.sql} AS "offer_count"
     FROM (SELECT * FROM "walk" ORDER BY "lowest_price_fen", "product_id" LIMIT ? OFFSET ?) w
     JOIN "catalog_entry" e ON e."product_id" = w."product_id" AND e."deleted_at" IS NULL
   ) p)::text AS "products"`
  return {
    sql,
    bindings: [...key.bindings, ...walk.bindings, ...offerCount.bindings, params.limit, params.offset],
    walkLimit,
  }
}
