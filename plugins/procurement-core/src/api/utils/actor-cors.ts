import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, parseCorsOrigins } from "@medusajs/framework/utils"

/**
 * CORS for the custom actor prefixes (/supplier, /bank, /expert): Medusa applies CORS only to
 * /store, /admin and /auth. Same origins as the store (`projectConfig.http.storeCors`), with
 * credentials, answering preflights with 204.
 */
export function actorCors() {
  let origins: (string | RegExp)[] | undefined
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    if (!origins) {
      const config = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
      origins = parseCorsOrigins(config.projectConfig.http.storeCors ?? "")
    }
    const origin = req.headers.origin
    if (origin && origins.some((allowed) => (typeof allowed === "string" ? allowed === origin : allowed.test(origin)))) {
      res.setHeader("Access-Control-Allow-Origin", origin)
      res.setHeader("Access-Control-Allow-Credentials", "true")
      res.setHeader("Vary", "Origin")
      if (req.method === "OPTIONS") {
        res.setHeader("Access-Control-Allow-Methods", "GET,HEAD,PUT,PATCH,POST,DELETE")
        const requested = req.headers["access-control-request-headers"]
        if (requested) {
          res.setHeader("Access-Control-Allow-Headers", requested)
        }
        res.status(204).end()
        return
      }
    }
    next()
  }
}
