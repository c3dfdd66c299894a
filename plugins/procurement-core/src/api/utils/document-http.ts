import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { attachmentContentDisposition } from "../../domain/document-filename"
import { documentReadDecision } from "../../domain/document-read-access"
import { PROCUREMENT_DOCUMENT_MODULE } from "../../modules/procurement_document"
import type ProcurementDocumentService from "../../modules/procurement_document/service"
import type { DocumentDTO } from "../../modules/procurement_document/service"
import { PROCUREMENT_ORGANIZATION_MODULE } from "../../modules/procurement_organization/require-actor-organization"
import type ProcurementOrganizationService from "../../modules/procurement_organization/service"
import type { OrganizationDTO } from "../../modules/procurement_organization/types"
import type { AuditActor } from "../../modules/procurement_audit/append-audit-entry"

export const documentService = (req: MedusaRequest) => req.scope.resolve<ProcurementDocumentService>(PROCUREMENT_DOCUMENT_MODULE)

/** The caller's organization, as left on the request by a policy or the admin role middleware. */
export function readerOrganization(req: MedusaRequest): OrganizationDTO {
  const membership = (req as MedusaRequest & { procurement_membership?: { organization: OrganizationDTO } }).procurement_membership
  if (!membership) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "only members of an organization may read documents")
  }
  return membership.organization
}

/** The organization, or NOT_FOUND. */
export async function retrieveOrganization(req: MedusaRequest, id: string): Promise<OrganizationDTO> {
  const organizations = req.scope.resolve<ProcurementOrganizationService>(PROCUREMENT_ORGANIZATION_MODULE)
  const [organization] = (await organizations.listOrganizations({ id }, { take: 1 })) as OrganizationDTO[]
  if (!organization) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `organization ${id} was not found`)
  }
  return organization
}

/**
 * Throws unless `reader` may read the documents of `owner` (`domain/document-read-access.ts`):
 * NOT_FOUND for outsiders (the same message as a missing document, so an id reveals nothing),
 * FORBIDDEN for staff outside their scope.
 */
export function assertDocumentReadable(reader: OrganizationDTO, owner: OrganizationDTO, subject: string, notFoundMessage: string) {
  const decision = documentReadDecision({
    reader: { id: reader.id, kind: reader.kind, region_code: reader.region_code ?? null },
    owner: { id: owner.id, kind: owner.kind, region_code: owner.region_code ?? null },
    subject,
  })
  if (!decision.allowed) {
    throw decision.status === "not_found"
      ? new MedusaError(MedusaError.Types.NOT_FOUND, notFoundMessage)
      : new MedusaError(MedusaError.Types.FORBIDDEN, decision.reason)
  }
}

/** The document's metadata, if `reader` may read it (404 / 403 otherwise). */
export async function retrieveReadableDocument(req: MedusaRequest, reader: OrganizationDTO, id: string): Promise<DocumentDTO> {
  const notFound = `document ${id} was not found`
  const [document] = (await documentService(req).listDocuments({ id }, { take: 1 })) as unknown as DocumentDTO[]
  if (!document) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, notFound)
  }
  if (document.owner_organization_id !== reader.id) {
    const owner = await retrieveOrganization(req, document.owner_organization_id).catch(() => null)
    if (!owner) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, notFound)
    }
    assertDocumentReadable(reader, owner, `document ${id}`, notFound)
  }
  return document
}

/**
 * Sends a document's bytes as a download: `attachment` with an RFC 5987 file name, the type
 * detected at upload, `nosniff` (a browser must not second-guess it into HTML), and no caching
 * by shared or browser caches (`private, no-store`).
 */
export function sendDocumentContent(res: MedusaResponse, document: DocumentDTO, content: Buffer) {
  res.status(200)
  res.setHeader("Content-Type", document.content_type)
  res.setHeader("Content-Length", String(content.length))
  res.setHeader("Content-Disposition", attachmentContentDisposition(document.filename))
  res.setHeader("X-Content-Type-Options", "nosniff")
  res.setHeader("Cache-Control", "private, no-store")
  res.setHeader("Content-Security-Policy", "default-src 'none'; sandbox")
  res.setHeader("X-Document-SHA256", document.sha256)
  res.end(content)
}

/** Checks the reader's right, reads the bytes (auditing `document.read`) and sends them. */
export async function streamReadableDocument(req: MedusaRequest, res: MedusaResponse, reader: OrganizationDTO, actor: AuditActor) {
  const document = await retrieveReadableDocument(req, reader, req.params.id)
  const { content } = await documentService(req).readDocumentContent(document.id, actor)
  sendDocumentContent(res, document, content)
}

