import { documentTokens, normalizeSearchText, searchText } from "../domain/bigram-tokens"
import type { CatalogEntryInput } from "../modules/emall_offer/types"

/** The product fields the catalog index reads (query.graph on `product`). */
export const CATALOG_PRODUCT_FIELDS = [
  "id",
  "title",
  "subtitle",
  "handle",
  "thumbnail",
  "status",
  "metadata",
  "categories.id",
  "categories.name",
  "categories.handle",
  "sales_channels.id",
]

export type CatalogSourceProduct = {
  id: string
  title: string
  subtitle?: string | null
  handle?: string | null
  thumbnail?: string | null
  status: string
  metadata?: Record<string, unknown> | null
  categories?: Array<{ id: string; name: string; handle: string } | null> | null
  sales_channels?: Array<{ id: string } | null> | null
}

function text(value: unknown): string | null {
  return typeof value === "string" && value.trim() ? value.trim() : null
}

/**
 * A product → its catalog entry. Tokens come from the title, subtitle, brand and model
 * (`metadata.brand`, `metadata.model`, as the demo seed writes them) and category names.
 */
export function catalogEntryFromProduct(product: CatalogSourceProduct): CatalogEntryInput {
  const categories = (product.categories ?? []).filter((c): c is { id: string; name: string; handle: string } => !!c)
  const brand = text(product.metadata?.brand)
  const model = text(product.metadata?.model)
  const categoryNames = categories.map((c) => c.name)
  return {
    product_id: product.id,
    title: product.title,
    handle: product.handle ?? null,
    thumbnail: product.thumbnail ?? null,
    brand,
    brand_key: brand ? normalizeSearchText(brand) : null,
    model_number: model,
    category_ids: categories.map((c) => c.id),
    category_handles: categories.map((c) => c.handle),
    product_status: product.status,
    sales_channel_ids: (product.sales_channels ?? []).filter((c): c is { id: string } => !!c).map((c) => c.id),
    tokens: documentTokens(product.title, product.subtitle, brand, model, ...categoryNames),
    search_text: searchText(product.title, product.subtitle, brand, model, ...categoryNames),
  }
}
