import {
  authenticate,
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { requirePolicy } from "../policies"
import { documentContentCheck, documentUpload } from "./document-upload"
import { DocumentListParams, OrganizationDocumentUpload } from "./document-validators"

const AUTH_TYPES: ("bearer" | "session")[] = ["bearer", "session"]

/**
 * Private documents. Order matters on upload: authentication (401) and the organization policy
 * (403) come before the multipart body is read at all, then multer with its limits (413 / 400
 * naming `file`), the text fields (400 naming `kind` / `title`), then the bytes' type (415).
 * Who may call the `/admin/...documents...` routes is decided by the admin role table; the
 * handlers add the region / kind scope (`domain/document-read-access.ts`).
 */
function ownDocumentRoutes(actor: "supplier" | "bank"): MiddlewareRoute[] {
  return [
    {
      methods: ["POST"],
      matcher: `/${actor}/documents`,
      middlewares: [
        authenticate(actor, AUTH_TYPES),
        requirePolicy(`${actor}.documents.upload`),
        documentUpload(),
        validateAndTransformBody(OrganizationDocumentUpload),
        documentContentCheck(),
      ],
    },
    {
      methods: ["GET"],
      matcher: `/${actor}/documents`,
      middlewares: [
        authenticate(actor, AUTH_TYPES),
        requirePolicy(`${actor}.documents.read`),
        validateAndTransformQuery(DocumentListParams, {}),
      ],
    },
    {
      methods: ["GET"],
      matcher: `/${actor}/documents/:id/content`,
      middlewares: [authenticate(actor, AUTH_TYPES), requirePolicy(`${actor}.documents.read`)],
    },
  ]
}

export const documentMiddlewares: MiddlewareRoute[] = [
  ...ownDocumentRoutes("supplier"),
  ...ownDocumentRoutes("bank"),
  {
    methods: ["GET"],
    matcher: "/admin/organizations/:id/documents",
    middlewares: [validateAndTransformQuery(DocumentListParams, {})],
  },
]
