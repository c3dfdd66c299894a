/** GET /store/catalog/products/:id/offers: an alias of GET /catalog/products/:id/offers (same handler). */
export { GET } from "../../../../../catalog/products/[id]/offers/route"
