import { type StoreCategory, type StoreProduct, type StoreRegion, sdk } from "./medusa"

export const PAGE_SIZE = 12

const LIST_FIELDS = [
  "id",
  "title",
  "subtitle",
  "handle",
  "thumbnail",
  "metadata",
  "*variants.calculated_price",
  "+variants.inventory_quantity",
  "variants.manage_inventory",
].join(",")

const DETAIL_FIELDS = [
  "id",
  "title",
  "subtitle",
  "handle",
  "description",
  "thumbnail",
  "metadata",
  "*images",
  "*categories",
  "*type",
  "variants.id",
  "variants.title",
  "variants.sku",
  "variants.manage_inventory",
  "+variants.inventory_quantity",
  "*variants.calculated_price",
].join(",")

let regionPromise: Promise<StoreRegion | undefined> | undefined

/** The region prices are computed for: VITE_MEDUSA_REGION_ID, else the CNY region, else the first. */
export function getRegion(): Promise<StoreRegion | undefined> {
  regionPromise ??= sdk.store.region.list({ limit: 50 }).then(({ regions }) => {
    const wanted = import.meta.env.VITE_MEDUSA_REGION_ID
    return (
      regions.find((r) => r.id === wanted) ??
      regions.find((r) => r.currency_code === "cny") ??
      regions[0]
    )
  })
  regionPromise.catch(() => (regionPromise = undefined))
  return regionPromise
}

let categoriesPromise: Promise<StoreCategory[]> | undefined

/** All categories in rank order, fetched once per page load. */
export function listCategories(): Promise<StoreCategory[]> {
  categoriesPromise ??= sdk.store.category
    .list({ limit: 100, fields: "id,name,handle,rank,metadata", order: "rank" })
    .then(({ product_categories }) => product_categories)
  categoriesPromise.catch(() => (categoriesPromise = undefined))
  return categoriesPromise
}

/** One catalog page; an unknown category handle yields an empty page rather than everything. */
export async function listProducts(params: {
  categoryHandle?: string
  q?: string
  page: number
}): Promise<{ products: StoreProduct[]; count: number }> {
  let categoryId: string | undefined
  if (params.categoryHandle) {
    categoryId = (await listCategories()).find((c) => c.handle === params.categoryHandle)?.id
    if (!categoryId) return { products: [], count: 0 }
  }
  const region = await getRegion()
  const { products, count } = await sdk.store.product.list({
    limit: PAGE_SIZE,
    offset: (params.page - 1) * PAGE_SIZE,
    fields: LIST_FIELDS,
    region_id: region?.id,
    ...(params.q ? { q: params.q } : {}),
    ...(categoryId ? { category_id: [categoryId] } : {}),
  })
  return { products, count }
}

export async function getProductByHandle(handle: string): Promise<StoreProduct | undefined> {
  const region = await getRegion()
  const { products } = await sdk.store.product.list({
    handle,
    limit: 1,
    fields: DETAIL_FIELDS,
    region_id: region?.id,
  })
  return products[0]
}
