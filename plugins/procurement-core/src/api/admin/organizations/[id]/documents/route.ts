import { listOrganizationDocuments } from "../../../../utils/document-handlers"

/** An organization's private documents (metadata) for staff within their scope. */
export const GET = listOrganizationDocuments
