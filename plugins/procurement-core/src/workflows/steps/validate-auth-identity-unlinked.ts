import type { IAuthModuleService } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type ValidateAuthIdentityUnlinkedInput = { auth_identity_id: string; actor_type: string }

export const validateAuthIdentityUnlinkedStepId = "validate-auth-identity-unlinked-step"

/**
 * Guard before `setAuthAppMetadataStep`, which throws a bare Error (HTTP 500) when the identity
 * is already linked to an actor of that type: refuse with NOT_ALLOWED instead.
 */
export const validateAuthIdentityUnlinkedStep = createStep(
  validateAuthIdentityUnlinkedStepId,
  async (input: ValidateAuthIdentityUnlinkedInput, { container }) => {
    const identity = await container
      .resolve<IAuthModuleService>(Modules.AUTH)
      .retrieveAuthIdentity(input.auth_identity_id)
    const linked = (identity.app_metadata ?? {})[`${input.actor_type}_id`]
    if (linked) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `this account is already registered as ${input.actor_type} ${linked}`
      )
    }
    return new StepResponse(undefined)
  }
)
