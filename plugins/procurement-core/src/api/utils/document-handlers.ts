import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { auditActorOf, type Membership } from "../policies"
import {
  assertDocumentReadable,
  documentService,
  readerOrganization,
  retrieveOrganization,
  streamReadableDocument,
} from "./document-http"
import type { RequestWithDocumentFile } from "./document-upload"
import type { DocumentListParamsType, OrganizationDocumentUploadType } from "./document-validators"

const membershipOf = (req: MedusaRequest) => (req as unknown as { procurement_membership: Membership }).procurement_membership

/**
 * `POST /<actor>/documents`: stores the uploaded `file` for the caller's own organization.
 * The route calls the service directly rather than a workflow: the bytes would otherwise be
 * serialized into the workflow engine's storage (Redis with several instances); the service
 * method is one transaction — row, bytes and audit entry — so there is nothing to compensate.
 */
export async function uploadOwnDocument(req: MedusaRequest, res: MedusaResponse) {
  const { organization } = membershipOf(req)
  const file = (req as RequestWithDocumentFile).file!
  const { kind, title } = req.validatedBody as OrganizationDocumentUploadType
  const document = await documentService(req).storeDocument(
    {
      owner_organization_id: organization.id,
      kind,
      title: title ?? null,
      filename: file.originalname,
      content: file.buffer,
      declared_content_type: file.mimetype,
    },
    auditActorOf(req)
  )
  res.status(201).json({ document })
}

/** `GET /<actor>/documents`: the caller's organization's documents (metadata), newest first. */
export async function listOwnDocuments(req: MedusaRequest, res: MedusaResponse) {
  const { organization } = membershipOf(req)
  const { kind } = (req.validatedQuery ?? {}) as DocumentListParamsType
  const documents = await documentService(req).listForOwner(organization.id, { kind })
  res.json({ documents, count: documents.length })
}

/** `GET /<actor>/documents/:id/content`: the bytes of one of the caller's organization's documents (others → 404). */
export async function ownDocumentContent(req: MedusaRequest, res: MedusaResponse) {
  await streamReadableDocument(req, res, membershipOf(req).organization, auditActorOf(req))
}

/** `GET /admin/organizations/:id/documents`: staff within their scope (regulator: own province; agency: suppliers). */
export async function listOrganizationDocuments(req: MedusaRequest, res: MedusaResponse) {
  const reader = readerOrganization(req)
  const owner = await retrieveOrganization(req, req.params.id)
  assertDocumentReadable(reader, owner, "the documents", `organization ${owner.id} was not found`)
  const { kind } = (req.validatedQuery ?? {}) as DocumentListParamsType
  const documents = await documentService(req).listForOwner(owner.id, { kind })
  res.json({ documents, count: documents.length })
}

/** `GET /admin/documents/:id/content`: staff within their scope; the read is audited. */
export async function adminDocumentContent(req: MedusaRequest, res: MedusaResponse) {
  await streamReadableDocument(req, res, readerOrganization(req), auditActorOf(req))
}
