import {
  authenticate,
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { inboxListQueryConfig } from "../../utils/inbox-handlers"
import { GetInboxParams, MarkInboxMessageRead } from "../../utils/inbox-validators"

// Logged-in customers (purchaser staff) only.
export const storeInboxMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/store/inbox",
    middlewares: [
      authenticate("customer", ["bearer", "session"]),
      validateAndTransformQuery(GetInboxParams, inboxListQueryConfig),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/store/inbox/:id/read",
    middlewares: [
      authenticate("customer", ["bearer", "session"]),
      validateAndTransformBody(MarkInboxMessageRead),
    ],
  },
]
