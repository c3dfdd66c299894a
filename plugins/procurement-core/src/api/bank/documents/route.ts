import { listOwnDocuments, uploadOwnDocument } from "../../utils/document-handlers"

/** The bank's own documents (multipart upload: `file`, `kind`, `title`); see README "Private documents". */
export const POST = uploadOwnDocument
export const GET = listOwnDocuments
