import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { actorFromRequest } from "@govmall/procurement-core/api/utils/request-actor"
import { payDepositWorkflow } from "../../../../../workflows/responses"
import { supplierOrgOf } from "../../../../policies"
import { depositView } from "../../../../utils/response-views"

/** Pays the lot's deposit from the supplier's account before it submits (201). */
export const POST = async (req: MedusaRequest<{ lot_id: string; account_number: string; confirmation_code?: string }>, res: MedusaResponse) => {
  const supplier_org_id = supplierOrgOf(req)
  const body = req.validatedBody
  const { result } = await payDepositWorkflow(req.scope).run({
    input: {
      solicitation_id: req.params.id,
      lot_id: body.lot_id,
      supplier_org_id,
      account_number: body.account_number.replace(/[\s-]/g, ""),
      confirmation_code: body.confirmation_code ?? null,
      actor: { ...actorFromRequest(req), organization_id: supplier_org_id },
    },
  })
  res.status(201).json({ deposit: depositView(result) })
}
