import { GET as getCatalogProductOffers } from "../../../../../catalog/products/[id]/offers/route"

/** GET /store/catalog/products/:id/offers: an alias of GET /catalog/products/:id/offers (same handler). */
export const GET = getCatalogProductOffers
