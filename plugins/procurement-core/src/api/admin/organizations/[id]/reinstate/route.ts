import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reinstateOrganizationWorkflow } from "../../../../../workflows/review-organization"
import { auditActorOf } from "../../../../policies"
import { refetchOrganization } from "../../../../utils/organization-views"
import type { AdminReviewOrganizationType } from "../../../../utils/organization-validators"

export const POST = async (req: MedusaRequest<AdminReviewOrganizationType>, res: MedusaResponse) => {
  await reinstateOrganizationWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      reason: req.validatedBody.reason ?? null,
      banned_until: req.validatedBody.banned_until ?? null,
      actor: auditActorOf(req),
    },
  })
  res.json({ organization: await refetchOrganization(req, req.params.id) })
}
