import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { AuditActor } from "@govmall/procurement-core/modules/procurement_audit"
import type { RevocationReason } from "../domain/signed-record"
import { ESignatureEvents } from "../events"
import { revokeCertificateStep } from "./steps/revoke-certificate"
import { validateRegionScopeStep } from "@govmall/procurement-core/workflows/organizations"
import { retrieveCertificateStep } from "./steps/retrieve-certificate"
import { validateRevocationStep } from "./steps/validate-revocation"

export type RevokeCertificateWorkflowInput = { serial: string; reason: RevocationReason; actor: AuditActor }

export const revokeCertificateWorkflowId = "revoke-certificate"

/**
 * active → revoked with an RFC 5280 reason; audited; emits certificate_revoked. A regulator
 * revokes only certificates of organizations in its province (procurement-core's
 * `validateRegionScopeStep`, 403); expert certificates carry no organization and are not
 * region-scoped yet.
 */
export const revokeCertificateWorkflow = createWorkflow(revokeCertificateWorkflowId, (input: RevokeCertificateWorkflowInput) => {
  const existing = retrieveCertificateStep({ serial: input.serial })
  const scope = transform({ existing, input }, ({ existing, input }) => ({
    organization_id: existing.organization_id ?? undefined,
    actor: input.actor,
    action: "revoke the certificate of",
  }))
  validateRegionScopeStep(scope)
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
