import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { AuditActor } from "@govmall/procurement-core/modules/procurement_audit"
import type { RevocationReason } from "../../domain/signed-record"
import { E_SIGNATURE_MODULE } from "../../modules/e_signature"
import type ESignatureService from "../../modules/e_signature/service"
import type { CertificateDTO } from "../../modules/e_signature/service"

export type RevokeCertificateStepInput = { certificate: CertificateDTO; reason: RevocationReason; actor: AuditActor }

export const revokeCertificateStepId = "revoke-certificate-step"

/** active → revoked (revoked_at from the business clock), audited. Compensation restores the previous state, audited. */
export const revokeCertificateStep = createStep(
  revokeCertificateStepId,
  async (input: RevokeCertificateStepInput, { container }) => {
    const service = container.resolve<ESignatureService>(E_SIGNATURE_MODULE)
    const revoked = await service.revoke(input.certificate.serial, input.reason, input.actor)
    return new StepResponse(revoked, {
      serial: revoked.serial,
      previous: {
        status: input.certificate.status,
        revoked_at: input.certificate.revoked_at,
        revocation_reason: input.certificate.revocation_reason,
      },
      actor: input.actor,
    })
  },
  async (compensation, { container }) => {
    if (!compensation) return
    const service = container.resolve<ESignatureService>(E_SIGNATURE_MODULE)
    await service.restoreRevocationState(compensation.serial, compensation.previous, compensation.actor)
  }
)
