import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { zodValidator } from "@medusajs/framework"
import { actorCors } from "@govmall/procurement-core/api/utils/actor-cors"
import { CatalogQuerySchema } from "./validators"

/**
 * The query of a catalog search, validated with the route's zod schema only: Medusa's
 * validateAndTransformQuery also prepares `fields` / pagination for the query graph, which
 * this SQL read path does not use. Errors are Medusa's (400 naming the parameter).
 */
async function validateCatalogQuery(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    req.validatedQuery = (await zodValidator(CatalogQuerySchema, req.query)) as Record<string, unknown>
    next()
  } catch (error) {
    next(error)
  }
}

/**
 * The purchaser catalog, public with a publishable key: /catalog (its own CORS, the storefront's
 * origins, as procurement-core's actor prefixes; Medusa applies CORS only to /store, /admin,
 * /auth) and its /store/catalog aliases.
 */
export const catalogMiddlewares: MiddlewareRoute[] = [
  { matcher: "/catalog*", middlewares: [actorCors()] },
  { methods: ["GET"], matcher: "/catalog/products", middlewares: [validateCatalogQuery] },
  { methods: ["GET"], matcher: "/store/catalog", middlewares: [validateCatalogQuery] },
]
