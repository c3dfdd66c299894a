import type { IAuthModuleService } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type RegisterEmailpassIdentityStepInput = { email: string; password: string }

export const registerEmailpassIdentityStepId = "register-emailpass-identity-step"

/**
 * Server-side account creation for enrolled people (purchasers, agency / regulator staff,
 * experts): an `emailpass` auth identity with a password, through the auth module's `register`
 * (the same code path as `POST /auth/<actor>/emailpass/register`). An email that already has an
 * identity is refused (INVALID_DATA naming `email`): emailpass keeps one identity per email
 * across actor types. Compensation deletes the identity.
 */
export const registerEmailpassIdentityStep = createStep(
  registerEmailpassIdentityStepId,
  async (input: RegisterEmailpassIdentityStepInput, { container }) => {
    const auth = container.resolve<IAuthModuleService>(Modules.AUTH)
    const existing = await auth.listProviderIdentities({ provider: "emailpass", entity_id: input.email })
    if (existing.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `email ${input.email} already has an account`)
    }
    const result = await auth.register("emailpass", { body: { email: input.email, password: input.password } } as any)
    if (!result.success || !result.authIdentity) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `email: ${result.error ?? "could not create the account"}`)
    }
    return new StepResponse({ id: result.authIdentity.id }, result.authIdentity.id)
  },
  async (authIdentityId, { container }) => {
    if (!authIdentityId) {
      return
    }
    await container.resolve<IAuthModuleService>(Modules.AUTH).deleteAuthIdentities([authIdentityId])
  }
)
