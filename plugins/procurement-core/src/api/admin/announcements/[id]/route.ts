import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { assertAnnouncementReadable, refetchAnnouncement } from "../helpers"

/** One announcement; another organization's draft is 404 (`domain/announcement-scope.ts`). */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  await assertAnnouncementReadable(req, req.params.id)
  res.json({ announcement: await refetchAnnouncement(req, req.params.id) })
}
