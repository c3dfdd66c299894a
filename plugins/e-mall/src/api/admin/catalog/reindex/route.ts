import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { indexCatalogProducts } from "../../../../catalog/index-catalog-products"

/** Rebuilds the whole catalog search index from the products (idempotent). */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json(await indexCatalogProducts(req.scope))
}
