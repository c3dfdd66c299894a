/**
 * The publishable API key check of the purchaser catalog, as a CTE of the catalog's own
 * statement (docs/adr/0006): the same rule as Medusa's `ensurePublishableApiKeyMiddleware` (a
 * publishable, not deleted key whose revocation time is not reached, and its sales channels
 * through `publishable_api_key_sales_channel`), without a second round trip and without
 * Medusa's query graph, which cost about a third of a catalog request's CPU when the catalog was
 * served under /store.
 */
import type { Knex } from "@medusajs/framework/mikro-orm/knex"

export type SqlStatement = { sql: string; bindings: unknown[] }

/**
 * `"catalog_key"`: one row when `token` is a usable publishable key, none otherwise, with
 * `channels` (the key's sales channels, possibly empty) and `has_products` (some product is in
 * one of them: one btree seek per channel in Medusa's product_sales_channel link). Statements select
 * `(SELECT cardinality("channels") FROM "catalog_key") AS "key_channels"`: NULL = no usable key.
 */
export function catalogKeyCte(token: string): SqlStatement {
  return {
    sql: `"catalog_key" AS MATERIALIZED (
  SELECT c."channels",
         -- An index seek per channel (ORDER BY … LIMIT 1 on the link's sales_channel_id index):
         -- a plain EXISTS on an array only known at execution was planned as a sequential scan.
         EXISTS (SELECT 1 FROM unnest(c."channels") ch("id")
                 WHERE (SELECT ps."sales_channel_id" FROM "product_sales_channel" ps
                        WHERE ps."sales_channel_id" >= ch."id" AND ps."deleted_at" IS NULL
                        ORDER BY ps."sales_channel_id" LIMIT 1) = ch."id") AS "has_products"
  FROM (
    SELECT COALESCE(array_agg(l."sales_channel_id"::text) FILTER (WHERE l."sales_channel_id" IS NOT NULL), '{}'::text[]) AS "channels"
    FROM "api_key" k
    LEFT JOIN "publishable_api_key_sales_channel" l ON l."publishable_key_id" = k."id" AND l."deleted_at" IS NULL
    WHERE k."token" = ? AND k."type" = 'publishable' AND k."deleted_at" IS NULL
      AND (k."revoked_at" IS NULL OR k."revoked_at" > now())
    GROUP BY k."id"
  ) c
)`,
    bindings: [token],
  }
}

/**
 * A one-time filter for the price walks: they check the key's channels row by row (see
 * IN_KEY_CHANNELS in catalog-query.ts), so for a key whose channels hold no product at all —
 * Medusa's seeded "Default Publishable API Key" is one — they would read the whole catalog to
 * find nothing (≈ 0.4 s on 20,000 products × 3 offers). PostgreSQL evaluates this once and
 * skips the walk.
 */
export const KEY_HAS_PRODUCTS = `(SELECT k."has_products" FROM "catalog_key" k)`

/** The key state column every catalog statement returns. */
export const KEY_CHANNELS_COLUMN = `(SELECT cardinality("channels") FROM "catalog_key") AS "key_channels"`

/** What a catalog statement said about its key: no usable key, a key without sales channel, or fine. */
export type CatalogKeyState = "invalid" | "no_sales_channel" | "ok"

export function catalogKeyState(keyChannels: number | null | undefined): CatalogKeyState {
  if (keyChannels === null || keyChannels === undefined) return "invalid"
  return keyChannels > 0 ? "ok" : "no_sales_channel"
}

/**
 * Runs one catalog statement and returns its single row. One round trip on a pooled connection:
 * the statements are shaped so that their plans stay index-driven and cheap (no JIT, no parallel
 * workers at the default thresholds; catalog-search-explain.spec.ts checks the plan costs).
 */
export async function readRow(knex: Knex, { sql, bindings }: SqlStatement): Promise<Record<string, any> | undefined> {
  return (await knex.raw(sql, bindings as any[])).rows[0]
}
