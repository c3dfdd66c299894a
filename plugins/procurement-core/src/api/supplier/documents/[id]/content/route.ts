import { ownDocumentContent } from "../../../../utils/document-handlers"

/** The bytes of one of the supplier's own documents, as an attachment (another organization's → 404). */
export const GET = ownDocumentContent
