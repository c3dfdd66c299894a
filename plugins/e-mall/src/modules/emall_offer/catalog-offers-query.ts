/**
 * The offers comparison of one listed product (purchaser catalog): one SQL statement that checks
 * the publishable key (catalog-key.ts) and returns the product and its approved offers, cheapest
 * first, with certificates and the supplier's public identity, as JSON text (docs/adr/0006).
 */
import { catalogKeyCte, KEY_CHANNELS_COLUMN, type SqlStatement } from "./catalog-key"

export type OfferComparisonRow = {
  id: string
  supplier_org_id: string
  /**
   * The supplier organization (procurement-core) — public in government procurement. Null when
   * the organization row is missing or soft-deleted (an offer references it by id, not by a
   * foreign key); the profile fields are null when it has no live supplier profile.
   */
  supplier: OfferSupplier | null
  price_fen: number
  stock: number
  lead_time_days: number
  warranty_months: number
  delivery_region_codes: string[]
  /** ISO 8601 in UTC with milliseconds, as JSON.stringify writes a Date. */
  approved_at: string | null
  certificates: Array<{ kind: string; number: string; issuer: string; expires_on: string; valid: boolean }>
}

export type OfferSupplier = {
  name: string
  region_code: string
  enterprise_size: "large" | "medium" | "small" | "micro" | null
  special_status: "none" | "disability_welfare_unit" | "prison_enterprise" | null
}

/**
 * The SQL of the offers-per-product comparison: one row with `key_channels` (NULL: no usable
 * publishable key) and `product` / `offers` / `count`, all NULL when the product is not listed in
 * the key's sales channels.
 */
export function buildProductOffers(productId: string, today: string, publishableKey: string): SqlStatement {
  const key = catalogKeyCte(publishableKey)
  const sql = `WITH ${key.sql}
SELECT ${KEY_CHANNELS_COLUMN}, found."product", found."offers", found."count"
FROM (SELECT 1) one
LEFT JOIN LATERAL (
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
               FROM "offer_certificate" c WHERE c."offer_id" = o."id" AND c."deleted_at" IS NULL) AS "certificates",
              -- one primary-key probe of the organization (and its profile by the unique
              -- organization_id index) per offer; a missing or deleted organization gives NULL.
              -- deleted_at is tested in the projection, not the WHERE: there it would let the
              -- planner (without statistics) walk a partial "deleted_at IS NULL" index instead.
              (SELECT CASE WHEN g."deleted_at" IS NULL THEN json_build_object('name', g."name", 'region_code', g."region_code",
                        'enterprise_size', sp."enterprise_size", 'special_status', sp."special_status") END
               FROM "organization" g
               LEFT JOIN "supplier_profile" sp ON sp."organization_id" = g."id" AND sp."deleted_at" IS NULL
               WHERE g."id" = o."supplier_org_id") AS "supplier"
       FROM "offer" o
       WHERE o."product_id" = e."product_id" AND o."status" = 'approved' AND o."deleted_at" IS NULL
     ) x
  ) agg
  WHERE e."product_id" = ? AND e."deleted_at" IS NULL AND e."product_status" = 'published'
    AND e."sales_channel_ids" && (SELECT k."channels" FROM "catalog_key" k)
) found ON true`
  return { sql, bindings: [...key.bindings, today, productId] }
}
