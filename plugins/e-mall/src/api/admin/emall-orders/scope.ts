import type { MedusaRequest } from "@medusajs/framework/http"
import { provinceLikePattern } from "@govmall/procurement-core/domain/region-scope"
import { adminCallerOf } from "@govmall/procurement-core/api/utils/admin-caller"
import { PROCUREMENT_ORGANIZATION_MODULE } from "@govmall/procurement-core/modules/procurement_organization"

/**
 * The purchasing units whose e-mall orders the caller may read: null = all (platform and
 * agency staff: the agency runs the e-mall), otherwise the ids of the purchasing units of a
 * regulator's province (it supervises its own province's purchasers).
 */
export async function readablePurchasingUnits(req: MedusaRequest): Promise<string[] | null> {
  const caller = adminCallerOf(req)
  if (caller.kind !== "regulator") return null
  const pattern = provinceLikePattern(caller)
  const organizations = req.scope.resolve(PROCUREMENT_ORGANIZATION_MODULE) as {
    listOrganizations(filters: Record<string, unknown>, config: Record<string, unknown>): Promise<{ id: string }[]>
  }
  const units = await organizations.listOrganizations(
    { kind: "purchasing_unit", region_code: { $like: pattern } },
    { select: ["id"] }
  )
  return units.map((u) => u.id)
}
