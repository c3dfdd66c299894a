import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { supplierOrgOf } from "../../policies"
import { agreements, openAgreementSupplierView } from "../../utils/agreement-views"
import type { AgreementDTO } from "../../../modules/framework-agreement/types"
import { queryOf } from "../../utils/validate-query"
import type { ListOwnAgreementsType } from "../../utils/agreement-validators"

/**
 * The caller's own closed agreements (any state: to sign, active, ended) and every active open
 * agreement it may apply to — with only its own memberships.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const org = supplierOrgOf(req)
  const q = queryOf<ListOwnAgreementsType>(req)
  const [rows, count] = (await agreements(req).listAndCountFrameworkAgreements(
    { $or: [{ supplier_org_id: org }, { kind: "open", status: "active" }] } as never,
    { relations: ["memberships"], take: q.limit, skip: q.offset, order: { created_at: "ASC" } }
  )) as unknown as [AgreementDTO[], number]
  res.json({ framework_agreements: rows.map((a) => openAgreementSupplierView(a, org)), count, limit: q.limit, offset: q.offset })
}
