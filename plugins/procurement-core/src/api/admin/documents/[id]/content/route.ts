import { adminDocumentContent } from "../../../../utils/document-handlers"

/** A document's bytes for staff within their scope; the read is audited (`document.read`). */
export const GET = adminDocumentContent
