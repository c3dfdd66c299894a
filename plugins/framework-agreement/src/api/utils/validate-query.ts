import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"

/**
 * Validates `req.query` against a strict zod schema (an unknown parameter → 400 naming it) and
 * leaves the parsed value as `req.fa_query`. These routes take no `fields` / `order`, so
 * Medusa's validateAndTransformQuery (built for query.graph configs) is not needed.
 */
export function validateQuery(schema: z.ZodType) {
  return async (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    try {
      const parsed = await schema.safeParseAsync(req.query)
      if (!parsed.success) {
        const issue = parsed.error.issues[0]
        const where = issue.path.length ? `${issue.path.join(".")}: ` : ""
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: ${where}${issue.message}`)
      }
      ;(req as MedusaRequest & { fa_query?: unknown }).fa_query = parsed.data
      next()
    } catch (error) {
      next(error)
    }
  }
}

export function queryOf<T>(req: MedusaRequest): T {
  return (req as MedusaRequest & { fa_query?: T }).fa_query as T
}
