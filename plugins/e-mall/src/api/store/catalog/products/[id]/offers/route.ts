import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { listProductOffers } from "../../../../../../modules/emall_offer/catalog-query"
import { businessToday } from "../../../../../utils/business-today"
import { keySalesChannelIds } from "../../../../../utils/key-sales-channels"

/** All approved offers of one product side by side, cheapest first, with certificates. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { product, offers } = await listProductOffers(knex, req.params.id, businessToday(), keySalesChannelIds(req))
  if (!product) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `product ${req.params.id} was not found in the catalog`)
  }
  res.json({ product, offers, count: offers.length })
}
