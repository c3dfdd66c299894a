import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetchOrganization } from "../../../utils/organization-views"

/** One organization with its supplier profile and members. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json({ organization: await refetchOrganization(req, req.params.id, { withMembers: true }) })
}
