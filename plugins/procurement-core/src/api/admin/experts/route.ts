import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { enrollExpertWorkflow } from "../../../workflows/enroll-expert"
import { provinceLikePattern } from "../../../domain/region-scope"
import { auditActorOf } from "../../policies"
import { adminCallerOf } from "../../utils/admin-caller"
import type { AdminEnrollExpertType, AdminGetExpertsParamsType } from "../../utils/organization-validators"
import { expertView, organizationService, refetchExpert } from "../../utils/organization-views"

/**
 * Experts, newest first; filters status, region_code. Regulators and agencies see their own
 * province's pool (`domain/region-scope.ts`), platform staff every province's.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { status, region_code, limit, offset } = req.validatedQuery as AdminGetExpertsParamsType
  const filters: Record<string, unknown> = {}
  if (status) filters.status = status
  const province = provinceLikePattern(adminCallerOf(req))
  const regions = [...(region_code ? [{ region_code }] : []), ...(province ? [{ region_code: { $like: province } }] : [])]
  if (regions.length) filters.$and = regions
  const [experts, count] = await organizationService(req).listAndCountExperts(filters, {
    take: limit,
    skip: offset,
    order: { created_at: "DESC" },
  })
  res.json({ experts: experts.map((e) => expertView(e as any)), count, offset, limit })
}

/** Enrolls an expert with a login (custom actor `expert`, `POST /auth/expert/emailpass`). */
export const POST = async (req: MedusaRequest<AdminEnrollExpertType>, res: MedusaResponse) => {
  const { password, ...expert } = req.validatedBody
  const { result } = await enrollExpertWorkflow(req.scope).run({
    input: { expert, password, actor: auditActorOf(req) },
  })
  res.status(201).json({ expert: await refetchExpert(req, result.id) })
}
