import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type ValidateWithdrawReasonInput = { id: string; reason?: string | null }

export const validateWithdrawReasonStepId = "validate-withdraw-reason-step"

/** Guard: a withdrawal states its reason (it is shown to the public next to the notice). */
export const validateWithdrawReasonStep = createStep(
  validateWithdrawReasonStepId,
  async (input: ValidateWithdrawReasonInput) => {
    const reason = typeof input.reason === "string" ? input.reason.trim() : ""
    if (!reason) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `reason is required to withdraw announcement ${input.id}`
      )
    }
    return new StepResponse(reason)
  }
)
