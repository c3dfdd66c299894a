import type { AuthenticatedMedusaRequest, MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { AuditActor } from "@govmall/procurement-core/modules/procurement_audit"
import { membershipOf } from "./permissions"

/** The authenticated caller and client IP, for the audit log. organization_id from the policy middleware when there is one. */
export function actorFromRequest(req: MedusaRequest): AuditActor {
  const auth = (req as AuthenticatedMedusaRequest).auth_context
  if (!auth?.actor_id || !auth.actor_type) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "an authenticated actor is required")
  }
  const membership = membershipOf(req)
  return {
    actor_id: auth.actor_id,
    actor_type: auth.actor_type,
    organization_id: membership?.organization.id ?? null,
    ip: req.ip ?? null,
  }
}
