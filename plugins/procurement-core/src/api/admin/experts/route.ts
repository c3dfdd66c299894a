import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { enrollExpertWorkflow } from "../../../workflows/enroll-expert"
import { auditActorOf } from "../../policies"
import type { AdminEnrollExpertType, AdminGetExpertsParamsType } from "../../utils/organization-validators"
import { expertView, organizationService, refetchExpert } from "../../utils/organization-views"

/** Experts, newest first; filters status, region_code. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { status, region_code, limit, offset } = req.validatedQuery as AdminGetExpertsParamsType
  const filters: Record<string, unknown> = {}
  if (status) filters.status = status
  if (region_code) filters.region_code = region_code
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
