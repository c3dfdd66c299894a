import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { StoreGetCatalogParams } from "./validators"

export const storeCatalogMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/store/catalog",
    middlewares: [validateAndTransformQuery(StoreGetCatalogParams as any, {})],
  },
]
