import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { StoreGetAnnouncementsParamsType } from "./validators"

/** Public list: published announcements (or withdrawn ones with ?status=withdrawn), newest first. */
export const GET = async (
  req: MedusaRequest<unknown, StoreGetAnnouncementsParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: announcements, metadata } = await query.graph({
    entity: "announcement",
    fields: req.queryConfig.fields,
    filters: { ...req.filterableFields, status: req.filterableFields.status ?? "published" },
    pagination: req.queryConfig.pagination,
  })
  res.json({
    announcements,
    count: metadata?.count,
    offset: metadata?.skip,
    limit: metadata?.take,
  })
}
