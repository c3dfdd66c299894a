import { z } from "@medusajs/framework/zod"
import { DOCUMENT_KINDS, ORGANIZATION_UPLOAD_KINDS } from "../../domain/document-kinds"
import { DOCUMENT_TITLE_MAX_LENGTH } from "../../modules/procurement_document/service"

/** The text fields of an organization's own upload (multipart; the bytes are the `file` part). */
export const OrganizationDocumentUpload = z
  .object({
    kind: z.enum(ORGANIZATION_UPLOAD_KINDS, {
      error: `kind is required: one of ${ORGANIZATION_UPLOAD_KINDS.join(", ")}`,
    }),
    title: z.string().trim().max(DOCUMENT_TITLE_MAX_LENGTH, `title: at most ${DOCUMENT_TITLE_MAX_LENGTH} characters`).optional(),
  })
  .strict()
export type OrganizationDocumentUploadType = z.infer<typeof OrganizationDocumentUpload>

export const DocumentListParams = z.object({
  kind: z.enum(DOCUMENT_KINDS, { error: `kind must be one of ${DOCUMENT_KINDS.join(", ")}` }).optional(),
})
export type DocumentListParamsType = z.infer<typeof DocumentListParams>
