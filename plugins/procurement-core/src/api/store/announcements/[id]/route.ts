import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { PUBLIC_ANNOUNCEMENT_STATUSES } from "../../../../domain/announcement-lifecycle"

/** Public detail: published and withdrawn announcements (with the reason); drafts are 404. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [announcement],
  } = await query.graph({
    entity: "announcement",
    fields: req.queryConfig.fields,
    filters: { id: req.params.id, status: [...PUBLIC_ANNOUNCEMENT_STATUSES] },
  })
  if (!announcement) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `announcement ${req.params.id} was not found`)
  }
  res.json({ announcement })
}
