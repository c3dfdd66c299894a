import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { decideAdminAccess, isSelfAuthenticatedAdminRoute } from "../../domain/admin-access-policy"
import { PROCUREMENT_ORGANIZATION_MODULE } from "../../modules/procurement_organization/require-actor-organization"
import type ProcurementOrganizationService from "../../modules/procurement_organization/service"
import type { MemberDTO, OrganizationDTO } from "../../modules/procurement_organization/types"

export type AdminMembership = { organization: OrganizationDTO; member: MemberDTO }

/** Where the role middleware leaves the caller's membership (read by `auditActorOf`, e-signature …). */
export type RequestWithAdminMembership = MedusaRequest & { procurement_membership?: AdminMembership }

/**
 * The global role middleware of every `/admin/*` route, Medusa's core routes included
 * (registered with `matcher: "/admin*"` and no `methods`, so Medusa's route sorter places it
 * among the global middlewares, before every route-specific middleware — body validation —
 * and every handler; Medusa's own `/admin` authentication runs before it).
 *
 * Resolves the admin user's membership (actor_type `user`) and asks `decideAdminAccess` (the
 * one table, `domain/admin-access-policy.ts`). Refusal → MedusaError FORBIDDEN (HTTP 403)
 * naming the route and the missing kind / role. Allowed → the membership is left on the
 * request as `procurement_membership`.
 */
export async function adminAccessMiddleware(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const path = (req.originalUrl ?? req.url).split("?")[0]
    if (isSelfAuthenticatedAdminRoute(req.method, path)) {
      return next()
    }
    const auth = (req as AuthenticatedMedusaRequest).auth_context
    if (!auth?.actor_id || !auth.actor_type) {
      throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "an authenticated admin user is required")
    }
    if (auth.actor_type !== "user") {
      throw new MedusaError(
        MedusaError.Types.FORBIDDEN,
        `${req.method} ${path}: ${auth.actor_type} callers have no organization; only admin users who are members of an organization may call admin routes`
      )
    }
    const service = req.scope.resolve<ProcurementOrganizationService>(PROCUREMENT_ORGANIZATION_MODULE)
    const membership = await service.retrieveMembership("user", auth.actor_id)
    const decision = decideAdminAccess({
      method: req.method,
      path,
      organization: membership ? membership.organization : null,
      role: membership ? membership.member.role : null,
      memberStatus: membership?.member.status,
    })
    if (!decision.allowed) {
      throw new MedusaError(MedusaError.Types.FORBIDDEN, decision.reason)
    }
    ;(req as RequestWithAdminMembership).procurement_membership = membership ?? undefined
    next()
  } catch (error) {
    next(error)
  }
}
