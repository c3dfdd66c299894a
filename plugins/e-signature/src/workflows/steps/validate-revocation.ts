import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isRevocationReason, REVOCATION_REASONS } from "../../domain/signed-record"
import { E_SIGNATURE_MODULE } from "../../modules/e_signature"
import type ESignatureService from "../../modules/e_signature/service"

export type ValidateRevocationStepInput = { serial: string; reason: string }

export const validateRevocationStepId = "validate-revocation-step"

/** Guard: the certificate exists, is active, and the reason is an RFC 5280 name we use. */
export const validateRevocationStep = createStep(
  validateRevocationStepId,
  async (input: ValidateRevocationStepInput, { container }) => {
    if (!isRevocationReason(input.reason)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `reason must be one of ${REVOCATION_REASONS.join(", ")}, got ${JSON.stringify(input.reason)}`
      )
    }
    const certificate = await container.resolve<ESignatureService>(E_SIGNATURE_MODULE).retrieveBySerial(input.serial)
    if (certificate.status !== "active") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `certificate ${certificate.serial} is already revoked (${certificate.revocation_reason})`
      )
    }
    return new StepResponse(certificate)
  }
)
