import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { listProductOffers } from "../../../../../../modules/emall_offer/catalog-query"
import { businessToday } from "../../../../../utils/business-today"
import { keySalesChannelIds } from "../../../../../utils/key-sales-channels"
import { sendJsonText } from "../../../../../utils/send-json-text"

/** All approved offers of one product side by side, cheapest first, with certificates. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const found = await listProductOffers(knex, req.params.id, businessToday(), keySalesChannelIds(req))
  if (!found) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `product ${req.params.id} was not found in the catalog`)
  }
  sendJsonText(res, `{"product":${found.productJson},"offers":${found.offersJson},"count":${found.count}}`)
}
