import { Module } from "@medusajs/framework/utils"
import ProcurementDocumentService from "./service"

export const PROCUREMENT_DOCUMENT_MODULE = "procurement_document"

export default Module(PROCUREMENT_DOCUMENT_MODULE, {
  service: ProcurementDocumentService,
})

export { ProcurementDocumentService }
export { documentAuditState, DOCUMENT_TITLE_MAX_LENGTH } from "./service"
export type { DocumentDTO, StoreDocumentInput } from "./service"
export { documentReadDecision } from "../../domain/document-read-access"
export type { DocumentReadDecision } from "../../domain/document-read-access"
export { DOCUMENT_KINDS, ORGANIZATION_UPLOAD_KINDS, isDocumentKind } from "../../domain/document-kinds"
export type { DocumentKind, OrganizationUploadKind } from "../../domain/document-kinds"
