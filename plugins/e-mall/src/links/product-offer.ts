import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import EmallOfferModule from "../modules/emall_offer"

/** A catalog product has many offers (one per supplier); an offer is on one product. */
export default defineLink(ProductModule.linkable.product, {
  linkable: EmallOfferModule.linkable.offer,
  isList: true,
})
