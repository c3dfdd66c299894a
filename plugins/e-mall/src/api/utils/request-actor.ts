import type { AuthenticatedMedusaRequest, MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { AuditActor } from "@govmall/procurement-core/modules/procurement_audit"

/**
 * The authenticated caller as an audit actor (actor id and type, client IP). organization_id
 * is filled where the route knows it (supplier routes); null for platform staff until the role
 * middleware arrives.
 */
export function actorFromRequest(req: MedusaRequest, organizationId: string | null = null): AuditActor {
  const auth = (req as AuthenticatedMedusaRequest).auth_context
  if (!auth?.actor_id || !auth.actor_type) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "an authenticated actor is required")
  }
  return { actor_id: auth.actor_id, actor_type: auth.actor_type, organization_id: organizationId, ip: req.ip ?? null }
}
