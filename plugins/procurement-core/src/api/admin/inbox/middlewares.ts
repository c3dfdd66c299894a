import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { inboxListQueryConfig } from "../../utils/inbox-handlers"
import { GetInboxParams, MarkInboxMessageRead } from "../../utils/inbox-validators"

// /admin/* is authenticated as a `user` by Medusa itself.
export const adminInboxMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/inbox",
    middlewares: [validateAndTransformQuery(GetInboxParams, inboxListQueryConfig)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/inbox/:id/read",
    middlewares: [validateAndTransformBody(MarkInboxMessageRead)],
  },
]
