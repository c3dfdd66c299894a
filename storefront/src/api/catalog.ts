import { sdk } from "./client"

/**
 * The purchaser catalog's lean read path (plugins/e-mall, ADR 0006): outside /store, so that
 * Medusa's per-request store middleware is skipped; the publishable key is still required and
 * checked inside the catalog's SQL statement.
 */
export const CATALOG_BASE = "/catalog/products"

export type CatalogQuery = {
  q?: string
  category_id?: string
  brand?: string
  price_min?: number
  price_max?: number
  region_code?: string
  certificate?: string
  limit: number
  offset: number
}

export type CatalogProduct = {
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

export type CatalogPage = { products: CatalogProduct[]; count: number; count_capped?: boolean }

export type OfferCertificate = { kind: string; number: string; issuer: string; expires_on: string; valid: boolean }

/** The supplier organization of an offer (public); profile fields null without a live profile. */
export type OfferSupplier = {
  name: string
  region_code: string
  enterprise_size: "large" | "medium" | "small" | "micro" | null
  special_status: "none" | "disability_welfare_unit" | "prison_enterprise" | null
}

export type CatalogOffer = {
  id: string
  supplier_org_id: string
  /** Null when the supplier's organization row is missing or deleted. */
  supplier: OfferSupplier | null
  price_fen: number
  stock: number
  lead_time_days: number
  warranty_months: number
  delivery_region_codes: string[]
  approved_at: string | null
  certificates: OfferCertificate[]
}

export type ProductOffers = { product: { id: string; title: string }; offers: CatalogOffer[]; count: number }

/** Query parameters the catalog understands; empty values are left out. */
export function catalogSearchParams(query: CatalogQuery): Record<string, string> {
  const params: Record<string, string> = {}
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== "") params[key] = String(value)
  }
  return params
}

export function searchCatalog(query: CatalogQuery): Promise<CatalogPage> {
  return sdk.client.fetch<CatalogPage>(CATALOG_BASE, { query: catalogSearchParams(query) })
}

export function getProductOffers(productId: string): Promise<ProductOffers> {
  return sdk.client.fetch<ProductOffers>(`${CATALOG_BASE}/${encodeURIComponent(productId)}/offers`)
}
