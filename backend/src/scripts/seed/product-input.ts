import type { CreateProductWorkflowInputDTO } from "@medusajs/framework/types"
import { ProductStatus } from "@medusajs/framework/utils"
import { CATEGORIES, type SeedCategory } from "./data/categories"
import { STORE } from "./data/commerce"
import type { SeedProduct } from "./data/products"
import { placeholderFileName, type PlaceholderInput } from "./images"
import { fenToYuan } from "@govmall/procurement-core/domain/money"

/** Ids the catalog step resolved (or created) before building the product input. */
export interface CatalogRefs {
  categoryIdByHandle: ReadonlyMap<string, string>
  typeIdByValue: ReadonlyMap<string, string>
  /** The shared option every demo product uses, with its single value. */
  option: { id: string; title: string; valueId: string; value: string }
  salesChannelId: string
  shippingProfileId: string
  /** e.g. http://localhost:9000/static/seed-images */
  imageBaseUrl: string
}

export interface SpecEntry {
  key: string
  label: string
  value: string
}

/** Metadata written on every demo product; the storefront reads `specs` for its table. */
export interface SeedProductMetadata {
  brand: string
  model: string
  unit: string
  /** An array, not an object: PostgreSQL jsonb does not keep object key order. */
  specs: SpecEntry[]
  source: "govmall-demo-seed"
}

export function categoryOf(product: SeedProduct): SeedCategory {
  const category = CATEGORIES.find((c) => c.handle === product.category)
  if (!category) {
    throw new Error(`Unknown category "${product.category}" on product ${product.handle}`)
  }
  return category
}

export function isService(product: SeedProduct): boolean {
  return product.stock === undefined
}

/** Specs in the category's display order; keys the category does not declare are an error. */
export function specEntries(product: SeedProduct): SpecEntry[] {
  const labels: Record<string, string> = categoryOf(product).specs
  const values = product.specs as Record<string, string | undefined>
  const unknown = Object.keys(values).filter((key) => !(key in labels))
  if (unknown.length) {
    throw new Error(`Product ${product.handle} has specs its category does not declare: ${unknown.join(", ")}`)
  }
  return Object.entries(labels)
    .filter(([key]) => values[key] !== undefined)
    .map(([key, label]) => ({ key, label, value: values[key] as string }))
}

export function productMetadata(product: SeedProduct): SeedProductMetadata {
  return {
    brand: product.brand,
    model: product.model,
    unit: product.unit,
    specs: specEntries(product),
    source: "govmall-demo-seed",
  }
}

export function placeholderInput(product: SeedProduct): PlaceholderInput {
  const category = categoryOf(product)
  return {
    handle: product.handle,
    categoryName: category.name,
    categoryNameEn: category.name_en,
    color: category.color,
    brand: product.brand,
    model: product.model,
  }
}

function required<T>(map: ReadonlyMap<string, T>, key: string, what: string): T {
  const value = map.get(key)
  if (value === undefined) {
    throw new Error(`The seed found no ${what} "${key}"`)
  }
  return value
}

/**
 * The createProductsWorkflow input for one demo product: published, in the e-mall channel,
 * one variant priced in CNY (tax inclusive through the store/region price preferences).
 * Goods get the default shipping profile and managed inventory; services get neither, so a
 * cart holding only services needs no shipping method.
 */
export function toCreateProductInput(
  product: SeedProduct,
  refs: CatalogRefs
): CreateProductWorkflowInputDTO {
  const category = categoryOf(product)
  const service = isService(product)
  const imageUrl = `${refs.imageBaseUrl}/${placeholderFileName(product.handle)}`
  return {
    title: product.title,
    subtitle: `${product.brand} ${product.model}`,
    handle: product.handle,
    description: product.description,
    status: ProductStatus.PUBLISHED,
    discountable: true,
    type_id: required(refs.typeIdByValue, category.product_type, "product type"),
    category_ids: [required(refs.categoryIdByHandle, category.handle, "category")],
    thumbnail: imageUrl,
    images: [{ url: imageUrl }],
    options: [{ id: refs.option.id, value_ids: [refs.option.valueId] }],
    variants: [
      {
        title: refs.option.value,
        sku: product.sku,
        options: { [refs.option.title]: refs.option.value },
        manage_inventory: !service,
        allow_backorder: false,
        prices: [{ currency_code: STORE.currency_code, amount: Number(fenToYuan(product.price_fen)) }],
      },
    ],
    sales_channels: [{ id: refs.salesChannelId }],
    ...(service ? {} : { shipping_profile_id: refs.shippingProfileId }),
    metadata: { ...productMetadata(product) },
  }
}
