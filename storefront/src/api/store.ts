import { sdk } from "./client"

// Medusa's own store routes the storefront reads: categories, product details, regions.

export type StoreCategory = Awaited<ReturnType<typeof sdk.store.category.list>>["product_categories"][number]
export type StoreProduct = Awaited<ReturnType<typeof sdk.store.product.retrieve>>["product"]

export async function listCategories(): Promise<StoreCategory[]> {
  const { product_categories } = await sdk.store.category.list({
    limit: 100,
    fields: "id,name,handle,rank,metadata",
    order: "rank",
  })
  return product_categories
}

export async function getProduct(id: string): Promise<StoreProduct> {
  const { product } = await sdk.store.product.retrieve(id, {
    fields: "id,title,subtitle,handle,description,thumbnail,metadata,*images,*categories,*type",
  })
  return product
}

/** The CNY region the e-mall sells in (the seed's 中国). */
export async function getCnyRegion() {
  const { regions } = await sdk.store.region.list({ limit: 50 })
  const wanted = import.meta.env.VITE_MEDUSA_REGION_ID
  const region = regions.find((r) => r.id === wanted) ?? regions.find((r) => r.currency_code === "cny")
  if (!region) throw new Error("no CNY region is configured")
  return region
}
