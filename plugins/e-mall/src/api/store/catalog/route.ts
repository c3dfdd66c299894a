import { GET as getCatalogProducts } from "../../catalog/products/route"

/**
 * GET /store/catalog: an alias of GET /catalog/products (same handler, same answers). Under
 * /store, Medusa's own publishable-key middleware runs first as well; the purchaser catalog's
 * fast path is /catalog (docs/adr/0006).
 */
export const GET = getCatalogProducts
