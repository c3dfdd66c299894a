import { ContainerRegistrationKeys, generateJwtToken, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"

/**
 * Bearer headers for an actor that specs create directly in the container (no log-in round
 * trip): an emailpass auth identity linked to the actor, and a JWT signed with the app's secret.
 */
export async function actorHeaders(
  container: MedusaContainer,
  actorType: string,
  actorId: string,
  email: string,
  expiresIn = "1d"
): Promise<{ headers: { authorization: string } }> {
  const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const identity = await container.resolve(Modules.AUTH).createAuthIdentities({
    provider_identities: [{ provider: "emailpass", entity_id: email }],
    app_metadata: { [`${actorType}_id`]: actorId },
  })
  const token = generateJwtToken(
    { actor_id: actorId, actor_type: actorType, auth_identity_id: identity.id, app_metadata: {} },
    { secret: config.projectConfig.http.jwtSecret, expiresIn }
  )
  return { headers: { authorization: `Bearer ${token}` } }
}
