import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { withdrawAnnouncementWorkflow } from "../../../../../workflows/withdraw-announcement"
import { actorFromRequest } from "../../../../utils/request-actor"
import { refetchAnnouncement } from "../../helpers"
import type { AdminWithdrawAnnouncementType } from "../../validators"

/** published → withdrawn; the reason is required and stays public. */
export const POST = async (req: MedusaRequest<AdminWithdrawAnnouncementType>, res: MedusaResponse) => {
  await withdrawAnnouncementWorkflow(req.scope).run({
    input: { id: req.params.id, reason: req.validatedBody.reason, actor: actorFromRequest(req) },
  })
  res.json({ announcement: await refetchAnnouncement(req, req.params.id) })
}
