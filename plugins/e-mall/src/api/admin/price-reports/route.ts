import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** Reports for review, e.g. `?status=open` or `?offer_id=`, newest first by default. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: price_reports, metadata } = await query.graph({
    entity: "price_report",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({ price_reports, count: metadata?.count, offset: metadata?.skip, limit: metadata?.take })
}
