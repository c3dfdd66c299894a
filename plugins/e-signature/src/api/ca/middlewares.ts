import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"

/**
 * /ca/* is public, read-only data (CA certificates, revocation list, certificate info) that
 * browsers on any origin may fetch to verify signatures; Medusa applies CORS only to /store,
 * /admin and /auth, so this prefix sets its own. No credentials are involved. The matcher is
 * "/ca/*", not "/ca*": Express reads "/ca*" as any path starting with "/ca", which gave the
 * purchaser catalog (/catalog…) this public CORS.
 */
function publicCors(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  res.setHeader("Access-Control-Allow-Origin", "*")
  res.setHeader("Access-Control-Allow-Methods", "GET, OPTIONS")
  res.setHeader("Access-Control-Allow-Headers", "Content-Type")
  if (req.method === "OPTIONS") {
    res.status(204).end()
    return
  }
  next()
}

export const caMiddlewares: MiddlewareRoute[] = [{ matcher: "/ca/*", middlewares: [publicCors] }]
