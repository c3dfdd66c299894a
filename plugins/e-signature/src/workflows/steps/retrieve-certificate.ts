import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { E_SIGNATURE_MODULE } from "../../modules/e_signature"
import type ESignatureService from "../../modules/e_signature/service"

export type RetrieveCertificateStepInput = { serial: string }

export const retrieveCertificateStepId = "retrieve-certificate-step"

/** Reads a certificate by serial (NOT_FOUND if unknown), whatever its status. Writes nothing. */
export const retrieveCertificateStep = createStep(
  retrieveCertificateStepId,
  async (input: RetrieveCertificateStepInput, { container }) => {
    const certificate = await container.resolve<ESignatureService>(E_SIGNATURE_MODULE).retrieveBySerial(input.serial)
    return new StepResponse(certificate)
  }
)
