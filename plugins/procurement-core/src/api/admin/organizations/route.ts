import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createOrganizationWorkflow } from "../../../workflows/create-organization"
import { NATIONWIDE_ORGANIZATION_KINDS, provinceLikePattern } from "../../../domain/region-scope"
import { auditActorOf } from "../../policies"
import { adminCallerOf } from "../../utils/admin-caller"
import { organizationService, refetchOrganization } from "../../utils/organization-views"
import type {
  AdminCreateOrganizationType,
  AdminGetOrganizationsParamsType,
} from "../../utils/organization-validators"

/**
 * Organizations, newest first; filters kind, status, region_code, q (name). Regulators and
 * agencies see suppliers, banks and the platform nationwide and the other kinds of their own
 * province (`organizationReadProblem`, `domain/region-scope.ts`).
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { kind, status, region_code, q, limit, offset } = req.validatedQuery as AdminGetOrganizationsParamsType
  const filters: Record<string, unknown> = {}
  if (kind) filters.kind = kind
  if (status) filters.status = status
  if (region_code) filters.region_code = region_code
  if (q) filters.q = q
  const province = provinceLikePattern(adminCallerOf(req))
  if (province) {
    filters.$and = [{ $or: [{ kind: [...NATIONWIDE_ORGANIZATION_KINDS] }, { region_code: { $like: province } }] }]
  }
  const [organizations, count] = await organizationService(req).listAndCountOrganizations(filters, {
    take: limit,
    skip: offset,
    order: { created_at: "DESC" },
    relations: ["supplier_profile"],
  })
  res.json({ organizations, count, offset, limit })
}

/** Creates a purchasing unit, agency, regulator, bank or platform organization (approved). */
export const POST = async (req: MedusaRequest<AdminCreateOrganizationType>, res: MedusaResponse) => {
  const { result } = await createOrganizationWorkflow(req.scope).run({
    input: { organization: req.validatedBody, actor: auditActorOf(req) },
  })
  res.status(201).json({ organization: await refetchOrganization(req, result.id) })
}
