import { ownDocumentContent } from "../../../../utils/document-handlers"

/** The bytes of one of the bank's own documents, as an attachment (another organization's → 404). */
export const GET = ownDocumentContent
