import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { EMALL_OFFER_MODULE } from "../modules/emall_offer"
import type EmallOfferService from "../modules/emall_offer/service"
import { CATALOG_PRODUCT_FIELDS, catalogEntryFromProduct, type CatalogSourceProduct } from "./catalog-entry-from-product"

const BATCH = 500

/**
 * (Re)indexes the given products, or with no ids every product, in batches. Products that no
 * longer exist lose their entry. Returns how many entries were written and removed.
 */
export async function indexCatalogProducts(
  container: MedusaContainer,
  productIds?: string[]
): Promise<{ indexed: number; removed: number }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const service = container.resolve<EmallOfferService>(EMALL_OFFER_MODULE)
  let indexed = 0
  let removed = 0
  if (productIds) {
    for (let i = 0; i < productIds.length; i += BATCH) {
      const ids = [...new Set(productIds.slice(i, i + BATCH))]
      const { data } = await query.graph({ entity: "product", fields: CATALOG_PRODUCT_FIELDS, filters: { id: ids } })
      const products = data as unknown as CatalogSourceProduct[]
      indexed += await service.upsertCatalogEntries(products.map(catalogEntryFromProduct))
      const found = new Set(products.map((p) => p.id))
      const gone = ids.filter((id) => !found.has(id))
      await service.removeCatalogEntries(gone)
      removed += gone.length
    }
    return { indexed, removed }
  }
  const seen: string[] = []
  for (let skip = 0; ; skip += BATCH) {
    const { data } = await query.graph({
      entity: "product",
      fields: CATALOG_PRODUCT_FIELDS,
      pagination: { skip, take: BATCH, order: { id: "ASC" } },
    })
    const products = data as unknown as CatalogSourceProduct[]
    indexed += await service.upsertCatalogEntries(products.map(catalogEntryFromProduct))
    seen.push(...products.map((p) => p.id))
    if (products.length < BATCH) {
      break
    }
  }
  const stale = (await service.listCatalogEntries({}, { select: ["product_id"], take: null })) as Array<{ product_id: string }>
  const keep = new Set(seen)
  const gone = stale.map((e) => e.product_id).filter((id) => !keep.has(id))
  await service.removeCatalogEntries(gone)
  return { indexed, removed: gone.length }
}
