import type { AuthenticatedMedusaRequest, MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { AuditActor } from "../../modules/procurement_audit/append-audit-entry"
import type { InboxRecipient } from "../../modules/procurement_inbox/service"

/**
 * Who is calling, for the audit log: the authenticated actor and the client IP. The IP is
 * Express's `req.ip`, which honours X-Forwarded-For only when the app sets `trust proxy`.
 * organization_id is the caller's organization when a policy or the admin role middleware
 * resolved it (`req.procurement_membership`), null otherwise.
 */
export function actorFromRequest(req: MedusaRequest): AuditActor {
  const auth = (req as AuthenticatedMedusaRequest).auth_context
  if (!auth?.actor_id || !auth.actor_type) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "an authenticated actor is required")
  }
  return {
    actor_id: auth.actor_id,
    actor_type: auth.actor_type,
    organization_id:
      (req as MedusaRequest & { procurement_membership?: { organization: { id: string } } }).procurement_membership
        ?.organization.id ?? null,
    ip: req.ip ?? null,
  }
}

/** The caller as an inbox recipient. */
export function recipientFromRequest(req: MedusaRequest): InboxRecipient {
  const { actor_id, actor_type } = actorFromRequest(req)
  return { actor_id, actor_type }
}
