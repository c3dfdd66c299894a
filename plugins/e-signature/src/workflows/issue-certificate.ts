import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { AuditActor } from "@govmall/procurement-core/modules/procurement_audit"
import { ESignatureEvents } from "../events"
import type { IssueFromCsrInput } from "../modules/e_signature/service"
import { issueCertificateStep } from "./steps/issue-certificate"

export type IssueCertificateWorkflowInput = IssueFromCsrInput & { actor: AuditActor }

export const issueCertificateWorkflowId = "issue-certificate"

/**
 * CSR → certificate for a verified identity. The caller (a route behind the organization /
 * expert middleware, or the seed) decides `subject` from the authenticated party, never from
 * the request body; the CSR only proves key possession.
 *
 * Hook `validateBeforeIssue({ input })`: the application may veto (throw NOT_ALLOWED), e.g.
 * when the organization is not approved. Nothing is signed or written then.
 */
export const issueCertificateWorkflow = createWorkflow(issueCertificateWorkflowId, (input: IssueCertificateWorkflowInput) => {
  const validateBeforeIssue = createHook("validateBeforeIssue", { input })
  const certificate = issueCertificateStep(input)
  const eventData = transform({ certificate }, ({ certificate }) => ({
    id: certificate.id,
    serial: certificate.serial,
    subject_kind: certificate.subject_kind,
    subject_id: certificate.subject_id,
    organization_id: certificate.organization_id,
  }))
  emitEventStep({ eventName: ESignatureEvents.CERTIFICATE_ISSUED, data: eventData })
  return new WorkflowResponse(certificate, { hooks: [validateBeforeIssue] })
})
