import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ProcurementOrganizationService } from "@govmall/procurement-core/modules/procurement_organization"
import { isEligiblePurchaser } from "../../../domain/purchaser-eligibility"
import type { AgreementDTO } from "../../../modules/framework-agreement/types"
import { purchasingUnitOf } from "../../policies"
import { agreements, purchaserAgreementView } from "../../utils/agreement-views"
import { queryOf } from "../../utils/validate-query"
import type { ListOwnAgreementsType } from "../../utils/agreement-validators"

/**
 * Active agreements the caller's purchasing unit may award under (its region or unit named by
 * the solicitation): suppliers, products, agreement prices, phase-2 methods, term. Catalog
 * offers at agreement prices in the e-mall are a later step.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const unitId = purchasingUnitOf(req)
  const orgs = req.scope.resolve<ProcurementOrganizationService>("procurement_organization")
  const [unit] = await orgs.listOrganizations({ id: unitId }, { take: 1 })
  const rows = (await agreements(req).listFrameworkAgreements({ status: "active" }, { relations: ["memberships"], take: null as never, order: { created_at: "ASC" } })) as unknown as AgreementDTO[]
  const q = queryOf<ListOwnAgreementsType>(req)
  const eligible = rows.filter((a) => isEligiblePurchaser({ id: unitId, region_code: unit?.region_code ?? null }, a) && (a.memberships ?? []).some((m) => m.status === "active"))
  // Eligibility is decided per unit in code (region prefixes), so the page is cut after filtering.
  const visible = eligible.slice(q.offset, q.offset + q.limit)
  const supplierIds = [...new Set(visible.flatMap((a) => (a.memberships ?? []).map((m) => m.supplier_org_id)))]
  const names = new Map((supplierIds.length ? await orgs.listOrganizations({ id: supplierIds }, { take: null as never }) : []).map((o) => [o.id, o.name]))
  res.json({ framework_agreements: visible.map((a) => purchaserAgreementView(a, names)), count: eligible.length, limit: q.limit, offset: q.offset })
}
