import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { supplierOrgOf } from "../../../policies"
import { findAgreement, openAgreementSupplierView } from "../../../utils/agreement-views"

/** The supplier's own closed agreement (the text it signs), or an open agreement's terms. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const org = supplierOrgOf(req)
  const a = await findAgreement(req, req.params.id)
  // An open agreement is shown once the solicitor signed it (before that nobody may apply).
  const visible = a.kind === "closed" ? a.supplier_org_id === org : a.status !== "pending_signature"
  if (!visible) throw new MedusaError(MedusaError.Types.NOT_FOUND, `framework agreement ${a.id} was not found`)
  res.json({ framework_agreement: openAgreementSupplierView(a, org) })
}
