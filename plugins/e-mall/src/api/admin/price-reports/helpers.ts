import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/**
 * Price reports with the given fields; `filters` carries the caller's scope (unit, supplier),
 * so a report outside it is simply not found.
 */
export async function listPriceReports(
  req: MedusaRequest,
  fields: string[],
  filters: Record<string, unknown>,
  page: { take: number; skip: number; order?: Record<string, "ASC" | "DESC"> } = { take: 20, skip: 0 }
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "price_report",
    fields,
    filters,
    pagination: { take: page.take, skip: page.skip, order: page.order ?? { created_at: "DESC" } },
  })
  return { price_reports: data, count: metadata?.count ?? data.length }
}

export async function refetchPriceReport(req: MedusaRequest, fields: string[], filters: Record<string, unknown>) {
  const { price_reports } = await listPriceReports(req, fields, filters, { take: 1, skip: 0 })
  if (!price_reports[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `price report ${String(filters.id)} was not found`)
  }
  return price_reports[0]
}
