import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import type { IAuthModuleService } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"

/** The registration token's auth identity; a token already linked to an actor is refused. */
export function registrationIdentity(req: AuthenticatedMedusaRequest, actorType: string): string {
  const auth = req.auth_context
  if (!auth?.auth_identity_id) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "a registration token is required")
  }
  if (auth.actor_id) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `this account is already registered as ${actorType} ${auth.actor_id}`
    )
  }
  return auth.auth_identity_id
}

/** The email the person registered with (the emailpass identity's entity_id). */
export async function registrantEmail(req: AuthenticatedMedusaRequest): Promise<string> {
  const auth = req.scope.resolve<IAuthModuleService>(Modules.AUTH)
  const identity = await auth.retrieveAuthIdentity(req.auth_context.auth_identity_id, {
    relations: ["provider_identities"],
  })
  const emailpass = identity.provider_identities?.find((p: { provider: string }) => p.provider === "emailpass")
  return emailpass?.entity_id ?? identity.provider_identities?.[0]?.entity_id ?? ""
}
