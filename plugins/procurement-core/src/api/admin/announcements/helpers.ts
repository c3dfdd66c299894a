import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { announcementReadProblem } from "../../../domain/announcement-scope"
import { adminCallerOf } from "../../utils/admin-caller"

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

/**
 * 404 unless the caller may read the announcement (`domain/announcement-scope.ts`): another
 * organization's draft is not disclosed, not even its existence.
 */
export async function assertAnnouncementReadable(req: MedusaRequest, id: string): Promise<void> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [announcement],
  } = await query.graph({ entity: "announcement", fields: ["id", "status", "organization_id", "region_code"], filters: { id } })
  if (!announcement || announcementReadProblem(adminCallerOf(req), announcement as any)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `announcement ${id} was not found`)
  }
}
