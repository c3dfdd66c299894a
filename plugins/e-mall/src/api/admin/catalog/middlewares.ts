import { MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"

/** The reindex takes no input: a body (an array, an unknown field) is refused rather than ignored. */
export const adminCatalogMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/admin/catalog/reindex",
    middlewares: [validateAndTransformBody(z.object({}).strict())],
  },
]
