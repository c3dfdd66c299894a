import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { actorFromRequest } from "@govmall/procurement-core/api/utils/request-actor"
import { PUBLIC_SOLICITATION_STATUSES } from "../../../../../domain/solicitation-lifecycle"
import { askClarificationWorkflow } from "../../../../../workflows/clarifications"
import { supplierOrgOf } from "../../../../policies"
import { findSolicitation } from "../../../../utils/read"
import { publicClarificationView } from "../../../../utils/views"

/** A supplier's clarification question before the response deadline; only the answer is ever made public. */
export const POST = async (req: MedusaRequest<{ question: string; lot_id?: string }>, res: MedusaResponse) => {
  // An unpublished plan does not exist for suppliers.
  await findSolicitation(req, req.params.id, { status: [...PUBLIC_SOLICITATION_STATUSES] })
  const actor = { ...actorFromRequest(req), organization_id: supplierOrgOf(req) }
  const { result } = await askClarificationWorkflow(req.scope).run({
    input: { solicitation_id: req.params.id, question: req.validatedBody.question, lot_id: req.validatedBody.lot_id ?? null, actor },
  })
  res.status(201).json({ clarification: publicClarificationView(result) })
}
