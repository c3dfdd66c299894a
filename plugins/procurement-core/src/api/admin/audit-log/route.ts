import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** Audit entries, newest first; filter by record (record_type + record_id), actor, action. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: audit_log, metadata } = await query.graph({
    entity: "audit_log",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({ audit_log, count: metadata?.count, offset: metadata?.skip, limit: metadata?.take })
}
