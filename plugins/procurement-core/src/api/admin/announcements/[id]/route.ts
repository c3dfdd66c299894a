import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetchAnnouncement } from "../helpers"

export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json({ announcement: await refetchAnnouncement(req, req.params.id) })
}
