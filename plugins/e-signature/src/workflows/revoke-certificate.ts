import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { AuditActor } from "@govmall/procurement-core/modules/procurement_audit"
import type { RevocationReason } from "../domain/signed-record"
import { ESignatureEvents } from "../events"
import { revokeCertificateStep } from "./steps/revoke-certificate"
import { validateRevocationStep } from "./steps/validate-revocation"

export type RevokeCertificateWorkflowInput = { serial: string; reason: RevocationReason; actor: AuditActor }

export const revokeCertificateWorkflowId = "revoke-certificate"

/** active → revoked with an RFC 5280 reason; audited; emits certificate_revoked. */
export const revokeCertificateWorkflow = createWorkflow(revokeCertificateWorkflowId, (input: RevokeCertificateWorkflowInput) => {
  const certificate = validateRevocationStep({ serial: input.serial, reason: input.reason })
  const revoked = revokeCertificateStep({ certificate, reason: input.reason, actor: input.actor })
  const eventData = transform({ revoked }, ({ revoked }) => ({
    id: revoked.id,
    serial: revoked.serial,
    reason: revoked.revocation_reason,
    revoked_at: revoked.revoked_at,
  }))
  emitEventStep({ eventName: ESignatureEvents.CERTIFICATE_REVOKED, data: eventData })
  return new WorkflowResponse(revoked)
})
