import { Module } from "@medusajs/framework/utils"
import EmallOfferService from "./service"

export const EMALL_OFFER_MODULE = "emall_offer"

export default Module(EMALL_OFFER_MODULE, {
  service: EmallOfferService,
})

export { EmallOfferService }
export { offerAuditState } from "./service"
export { offerStatesThroughApproval } from "./offer-states-through-approval"
export * from "./types"
export { buildCatalogSearch, CATALOG_COUNT_CAP, type CatalogSearchParams } from "./catalog-query"
export { buildProductOffers } from "./catalog-offers-query"
export { readRow, catalogKeyState } from "./catalog-key"
