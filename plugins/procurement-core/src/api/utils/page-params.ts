import { z } from "@medusajs/framework/zod"

/**
 * `offset` / `limit` for list queries built on Medusa's `createFindParams`, which parses them
 * with parseInt and no bounds: `limit=-1` reached PostgreSQL ("LIMIT must not be negative", a
 * 500) and `limit=1.5` was read as 1. Extend a `createFindParams(...)` schema with these.
 */
export const pageParams = ({ limit, max = 100 }: { limit: number; max?: number }) => ({
  offset: z.coerce
    .number({ error: "offset must be a number" })
    .int("offset must be a whole number")
    .min(0, "offset must be at least 0")
    .default(0),
  limit: z.coerce
    .number({ error: "limit must be a number" })
    .int("limit must be a whole number")
    .min(1, "limit must be at least 1")
    .max(max, `limit must be at most ${max}`)
    .default(limit),
})
