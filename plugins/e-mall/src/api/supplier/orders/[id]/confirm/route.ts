import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { decide } from "../../helpers"

/** pending_confirmation → confirmed. */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => decide(req, res, "confirmed", null)
