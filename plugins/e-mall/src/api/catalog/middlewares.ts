import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { zodValidator } from "@medusajs/framework"
import { actorCors } from "@govmall/procurement-core/api/utils/actor-cors"
import { CatalogQuerySchema } from "./validators"

/**
 * The query of a catalog search, validated with the route's zod schema only: Medusa's
 * validateAndTransformQuery also prepares `fields` / pagination for the query graph, which
 * this SQL read path does not use. A valid query is parsed by the module-level (already strict)
 * schema: Medusa's `zodValidator` builds a new `.strict()` copy of the schema on every call,
 * which a CPU profile of the catalog under load showed at ≈ 0.2 ms a request (≈ 3 % of the
 * server's CPU). A refused query goes through `zodValidator` for Medusa's 400 message naming
 * the parameter.
 */
async function validateCatalogQuery(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const parsed = CatalogQuerySchema.safeParse(req.query)
    req.validatedQuery = (parsed.success ? parsed.data : await zodValidator(CatalogQuerySchema, req.query)) as Record<string, unknown>
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
  // "/catalog/*", not "/catalog*": Express reads the latter as any path starting with "/catalog".
  { matcher: "/catalog/*", middlewares: [actorCors()] },
  { methods: ["GET"], matcher: "/catalog/products", middlewares: [validateCatalogQuery] },
  { methods: ["GET"], matcher: "/store/catalog", middlewares: [validateCatalogQuery] },
]
