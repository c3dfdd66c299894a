import type { StoreProduct } from "./medusa"

/** Shape of the metadata the GovMall seed writes on products (see backend seed/product-input.ts). */
export interface SpecEntry {
  key: string
  label: string
  value: string
}

export function productSpecs(product: StoreProduct): SpecEntry[] {
  const specs = product.metadata?.specs
  if (!Array.isArray(specs)) return []
  return specs.filter(
    (s): s is SpecEntry =>
      typeof s === "object" && s !== null && typeof s.label === "string" && typeof s.value === "string"
  )
}

export function productBrand(product: StoreProduct): string | undefined {
  const brand = product.metadata?.brand
  return typeof brand === "string" ? brand : undefined
}

export function productUnit(product: StoreProduct): string | undefined {
  const unit = product.metadata?.unit
  return typeof unit === "string" ? unit : undefined
}

export function firstVariant(product: StoreProduct) {
  return product.variants?.[0]
}

/** The tax-inclusive price of the first variant in the region, in yuan. */
export function productPrice(product: StoreProduct): { amount: number; currency: string } | undefined {
  const price = firstVariant(product)?.calculated_price
  if (price?.calculated_amount == null) return undefined
  return { amount: Number(price.calculated_amount), currency: (price.currency_code ?? "cny").toUpperCase() }
}

export type StockStatus =
  | { kind: "service" }
  | { kind: "in_stock"; quantity: number }
  | { kind: "low_stock"; quantity: number }
  | { kind: "out_of_stock" }

export const LOW_STOCK_THRESHOLD = 10

export function stockStatus(product: StoreProduct): StockStatus {
  const variant = firstVariant(product)
  if (!variant || variant.manage_inventory === false) return { kind: "service" }
  const quantity = variant.inventory_quantity ?? 0
  if (quantity <= 0) return { kind: "out_of_stock" }
  if (quantity < LOW_STOCK_THRESHOLD) return { kind: "low_stock", quantity }
  return { kind: "in_stock", quantity }
}
