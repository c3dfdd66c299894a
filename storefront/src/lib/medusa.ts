import Medusa from "@medusajs/js-sdk"

export const backendUrl = import.meta.env.VITE_MEDUSA_BACKEND_URL || "http://localhost:9000"
export const publishableKey = import.meta.env.VITE_MEDUSA_PUBLISHABLE_KEY || ""

/** Store API client. Every /store request carries the publishable key of the e-mall channel. */
export const sdk = new Medusa({
  baseUrl: backendUrl,
  publishableKey,
  debug: import.meta.env.DEV,
})

export type StoreProduct = Awaited<ReturnType<typeof sdk.store.product.list>>["products"][number]
export type StoreCategory = Awaited<
  ReturnType<typeof sdk.store.category.list>
>["product_categories"][number]
export type StoreRegion = Awaited<ReturnType<typeof sdk.store.region.list>>["regions"][number]
