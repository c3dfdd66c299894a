import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminGetEmallOrdersParams } from "./validators"

/** Validation only: who may call is decided by procurement-core's admin access table. */
export const adminEmallOrdersMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/emall-orders",
    middlewares: [validateAndTransformQuery(AdminGetEmallOrdersParams as any, {})],
  },
]
