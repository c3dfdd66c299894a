import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { readRow } from "../../../../../modules/emall_offer/catalog-key"
import { buildProductOffers } from "../../../../../modules/emall_offer/catalog-offers-query"
import { businessToday } from "../../../../utils/business-today"
import { assertUsableKey, publishableKeyOf } from "../../../../utils/publishable-key"
import { sendJsonText } from "../../../../utils/send-json-text"

/**
 * All approved offers of one listed product side by side, cheapest first, with certificates
 * (also served as GET /store/catalog/products/:id/offers). One SQL statement, publishable key
 * check included.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const statement = buildProductOffers(req.params.id, businessToday(), publishableKeyOf(req))
  const row = (await readRow(req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION), statement)) as {
    key_channels: number | null
    product: string | null
    offers: string | null
    count: number | null
  }
  assertUsableKey(row.key_channels)
  if (row.product === null) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `product ${req.params.id} was not found in the catalog`)
  }
  sendJsonText(res, `{"product":${row.product},"offers":${row.offers},"count":${row.count}}`)
}
