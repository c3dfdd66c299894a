import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { searchCatalog } from "../../../modules/emall_offer/catalog-query"
import { businessToday } from "../../utils/business-today"
import { keySalesChannelIds } from "../../utils/key-sales-channels"
import { sendJsonText } from "../../utils/send-json-text"
import type { StoreGetCatalogParamsType } from "./validators"

/**
 * Catalog search for purchasers: products with at least one approved offer matching the
 * filters, each with its lowest price and number of such offers, cheapest first. One SQL
 * statement whose JSON is sent as PostgreSQL wrote it (modules/emall_offer/catalog-query.ts,
 * docs/adr/0006); no response cache.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const params = req.validatedQuery as unknown as StoreGetCatalogParamsType
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { productsJson, count, capped } = await searchCatalog(knex, {
    ...params,
    sales_channel_ids: keySalesChannelIds(req),
    today: businessToday(),
  })
  sendJsonText(
    res,
    `{"products":${productsJson},"count":${count},"count_capped":${capped},"offset":${params.offset},"limit":${params.limit}}`
  )
}
