import { MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { AdminRecordReferencePrice } from "./validators"

/** Validation only: who may call is decided by procurement-core's admin access table. */
export const adminReferencePricesMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/admin/reference-prices",
    middlewares: [validateAndTransformBody(AdminRecordReferencePrice)],
  },
]
