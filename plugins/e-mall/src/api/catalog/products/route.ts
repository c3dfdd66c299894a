import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { readRow } from "../../../modules/emall_offer/catalog-key"
import { buildCatalogSearch } from "../../../modules/emall_offer/catalog-query"
import { businessToday } from "../../utils/business-today"
import { assertUsableKey, publishableKeyOf } from "../../utils/publishable-key"
import { sendJsonText } from "../../utils/send-json-text"
import type { CatalogQuery } from "../validators"

/**
 * Catalog search for purchasers (also served as GET /store/catalog): products with at least one
 * approved offer matching the filters, each with its lowest price and number of such offers,
 * cheapest first. One SQL statement, publishable key check included, whose JSON is sent as
 * PostgreSQL wrote it (modules/emall_offer/catalog-query.ts, docs/adr/0006); no response cache.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const params = req.validatedQuery as unknown as CatalogQuery
  const statement = buildCatalogSearch({ ...params, publishable_key: publishableKeyOf(req), today: businessToday() })
  const row = (await readRow(req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION), statement)) as {
    key_channels: number | null
    count: number
    products: string
  }
  assertUsableKey(row.key_channels)
  const capped = row.count >= statement.walkLimit
  const count = capped ? statement.walkLimit - 1 : row.count
  sendJsonText(
    res,
    `{"products":${row.products},"count":${count},"count_capped":${capped},"offset":${params.offset},"limit":${params.limit}}`
  )
}
