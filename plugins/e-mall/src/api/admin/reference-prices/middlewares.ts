import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminGetReferencePricesParams, AdminRecordReferencePrice } from "./validators"

/** Validation only: who may call is decided by procurement-core's admin access table. */
export const adminReferencePricesMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/reference-prices",
    middlewares: [validateAndTransformQuery(AdminGetReferencePricesParams as any, {})],
  },
  {
    methods: ["POST"],
    matcher: "/admin/reference-prices",
    middlewares: [validateAndTransformBody(AdminRecordReferencePrice)],
  },
]
