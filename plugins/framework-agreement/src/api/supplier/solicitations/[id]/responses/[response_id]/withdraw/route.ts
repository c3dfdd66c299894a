import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { actorFromRequest } from "@govmall/procurement-core/api/utils/request-actor"
import { withdrawResponseWorkflow } from "../../../../../../../workflows/responses"
import { supplierOrgOf } from "../../../../../../policies"
import { ownResponseView } from "../../../../../../utils/response-views"

/** Withdraws the supplier's live response before the deadline (final on this record). */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const supplier_org_id = supplierOrgOf(req)
  const { result } = await withdrawResponseWorkflow(req.scope).run({
    input: {
      solicitation_id: req.params.id,
      response_id: req.params.response_id,
      supplier_org_id,
      actor: { ...actorFromRequest(req), organization_id: supplier_org_id },
    },
  })
  res.json({ response: ownResponseView(result) })
}
