import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetchOffer } from "../helpers"

export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json({ offer: await refetchOffer(req, req.params.id) })
}
