import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { publishAnnouncementWorkflow } from "../../../../../workflows/publish-announcement"
import { actorFromRequest } from "../../../../utils/request-actor"
import { refetchAnnouncement } from "../../helpers"

/** draft → published (runs the pre-publication review hook). */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  await publishAnnouncementWorkflow(req.scope).run({
    input: { id: req.params.id, actor: actorFromRequest(req) },
  })
  res.json({ announcement: await refetchAnnouncement(req, req.params.id) })
}
