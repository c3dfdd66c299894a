import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { AuditActor } from "@govmall/procurement-core/modules/procurement_audit"
import { E_SIGNATURE_MODULE } from "../../modules/e_signature"
import type ESignatureService from "../../modules/e_signature/service"
import type { IssueFromCsrInput } from "../../modules/e_signature/service"

export type IssueCertificateStepInput = IssueFromCsrInput & { actor: AuditActor }

export const issueCertificateStepId = "issue-certificate-step"

/**
 * Signs the certificate and stores it (audited `certificate.issued`, one transaction).
 * Compensation never deletes what the CA signed: it revokes the certificate
 * (cessationOfOperation), audited.
 */
export const issueCertificateStep = createStep(
  issueCertificateStepId,
  async ({ actor, ...input }: IssueCertificateStepInput, { container }) => {
    const service = container.resolve<ESignatureService>(E_SIGNATURE_MODULE)
    const certificate = await service.issueFromCsr(input, actor)
    return new StepResponse(certificate, { serial: certificate.serial, actor })
  },
  async (compensation, { container }) => {
    if (!compensation) return
    const service = container.resolve<ESignatureService>(E_SIGNATURE_MODULE)
    await service.revoke(compensation.serial, "cessationOfOperation", compensation.actor)
  }
)
