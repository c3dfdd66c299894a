import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** Re-reads one announcement with the fields the request asked for (404 if absent). */
export async function refetchAnnouncement(req: MedusaRequest, id: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [announcement],
  } = await query.graph({
    entity: "announcement",
    fields: req.queryConfig.fields,
    filters: { id },
  })
  if (!announcement) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `announcement ${id} was not found`)
  }
  return announcement
}
