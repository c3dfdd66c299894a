/**
 * The expert routes' policy: an authenticated expert actor whose record (procurement-core) is
 * active. 401 without an expert token, 403 for an expert not enrolled or not active.
 */
import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PROCUREMENT_ORGANIZATION_MODULE } from "@govmall/procurement-core/modules/procurement_organization"

export type ActiveExpert = { id: string; name: string; status: string }

type RequestWithExpert = MedusaRequest & { esign_expert?: ActiveExpert }

export async function resolveActiveExpert(req: MedusaRequest, action: string): Promise<ActiveExpert> {
  const auth = (req as AuthenticatedMedusaRequest).auth_context
  if (!auth?.actor_id || auth.actor_type !== "expert") {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "an authenticated expert is required")
  }
  const organizations = req.scope.resolve(PROCUREMENT_ORGANIZATION_MODULE) as {
    listExperts(filters: Record<string, unknown>, config?: Record<string, unknown>): Promise<ActiveExpert[]>
  }
  const [expert] = await organizations.listExperts({ id: auth.actor_id }, { take: 1, select: ["id", "name", "status"] })
  if (!expert) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, `expert ${auth.actor_id} is not enrolled`)
  }
  if (expert.status !== "active") {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, `expert ${expert.id} is ${expert.status}; only active experts may ${action}`)
  }
  return expert
}

/** Middleware form; the expert is left on the request for `activeExpertOf`. */
export function requireActiveExpert(action: string) {
  return async (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    try {
      ;(req as RequestWithExpert).esign_expert = await resolveActiveExpert(req, action)
      next()
    } catch (error) {
      next(error)
    }
  }
}

export function activeExpertOf(req: MedusaRequest): ActiveExpert {
  const expert = (req as RequestWithExpert).esign_expert
  if (!expert) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "an authenticated expert is required")
  return expert
}
