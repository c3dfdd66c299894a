import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { actorFromRequest } from "@govmall/procurement-core/api/utils/request-actor"
import { openResponseWorkflow } from "../../../../../../../workflows/responses"
import { supplierOrgOf } from "../../../../../../policies"
import { ownResponseView } from "../../../../../../utils/response-views"

/**
 * During the opening window the supplier releases its envelope's content key (unwrapped on its
 * side with its certificate key); the answer is its own response's outcome.
 */
export const POST = async (req: MedusaRequest<{ content_key: string }>, res: MedusaResponse) => {
  const supplier_org_id = supplierOrgOf(req)
  const { result } = await openResponseWorkflow(req.scope).run({
    input: {
      solicitation_id: req.params.id,
      response_id: req.params.response_id,
      supplier_org_id,
      content_key: req.validatedBody.content_key,
      actor: { ...actorFromRequest(req), organization_id: supplier_org_id },
    },
  })
  res.json({ response: ownResponseView(result) })
}
