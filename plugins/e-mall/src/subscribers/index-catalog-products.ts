import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, ProductCategoryWorkflowEvents, ProductWorkflowEvents } from "@medusajs/framework/utils"
import { indexCatalogProducts } from "../catalog/index-catalog-products"

/** Keeps the catalog search index in step with products and their category names. */
export default async function indexCatalogProductsHandler({
  event,
  container,
}: SubscriberArgs<{ id: string | string[] }>) {
  const ids = Array.isArray(event.data.id) ? event.data.id : [event.data.id]
  if (event.name === ProductCategoryWorkflowEvents.UPDATED) {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "product_category", fields: ["id", "products.id"], filters: { id: ids } })
    const productIds = data.flatMap((c: any) => (c.products ?? []).map((p: { id: string }) => p.id))
    await indexCatalogProducts(container, productIds)
    return
  }
  await indexCatalogProducts(container, ids)
}

export const config: SubscriberConfig = {
  event: [
    ProductWorkflowEvents.CREATED,
    ProductWorkflowEvents.UPDATED,
    ProductWorkflowEvents.DELETED,
    ProductCategoryWorkflowEvents.UPDATED,
  ],
  context: { subscriberId: "emall-index-catalog-products" },
}
