/**
 * CSR submission handlers: the subject comes from the caller's verified organization (or
 * expert record), never from the request; the route only hands the CSR to the workflow.
 */
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { issueCertificateWorkflow } from "../../workflows/issue-certificate"
import type { SubjectIdentity } from "../../domain/certificate-subject"
import { ADMIN_CERTIFICATE_FIELDS, certificateBySerial } from "./certificate-fields"
import type { SubmitCsrType } from "./csr-validators"
import { membershipOf } from "./permissions"
import { actorFromRequest } from "./request-actor"
import { resolveActiveExpert } from "./active-expert"

async function issueAndRespond(
  req: AuthenticatedMedusaRequest<SubmitCsrType>,
  res: MedusaResponse,
  subject: SubjectIdentity,
  organizationId: string | null
) {
  const { result } = await issueCertificateWorkflow(req.scope).run({
    input: {
      csr_pem: req.validatedBody.csr_pem,
      validity_days: req.validatedBody.validity_days,
      subject,
      organization_id: organizationId,
      actor: actorFromRequest(req),
    },
  })
  res.json({ certificate: await certificateBySerial(req, result.serial, ADMIN_CERTIFICATE_FIELDS) })
}

/** For a route behind `requirePolicy("certificates.request.*")` or the admin role middleware: the organization's certificate. */
export async function organizationCsrHandler(req: AuthenticatedMedusaRequest<SubmitCsrType>, res: MedusaResponse) {
  const membership = membershipOf(req)
  if (!membership) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "an organization member is required")
  }
  const { organization } = membership
  if (!organization.uscc) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `${organization.kind} organization ${organization.id} has no USCC: a certificate names the organization by its USCC`
    )
  }
  await issueAndRespond(
    req,
    res,
    { kind: "organization", subject_id: organization.uscc, display_name: organization.name, organization_kind: organization.kind },
    organization.id
  )
}

/** POST /expert/certificates: an active expert's own certificate. */
export async function expertCsrHandler(req: AuthenticatedMedusaRequest<SubmitCsrType>, res: MedusaResponse) {
  const expert = await resolveActiveExpert(req, "request a CA certificate")
  await issueAndRespond(req, res, { kind: "expert", subject_id: expert.id, display_name: expert.name }, null)
}
