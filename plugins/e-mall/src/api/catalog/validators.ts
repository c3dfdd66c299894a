import { z } from "@medusajs/framework/zod"
import { CERTIFICATE_KINDS } from "../../domain/certificate-validity"
import { MAX_OFFER_PRICE_FEN } from "../../domain/check-offer-price"

const fen = (field: string) =>
  z.coerce
    .number({ error: `${field} must be a number of fen` })
    .int(`${field} must be a whole number of fen`)
    .min(0, `${field} must not be negative`)
    .max(MAX_OFFER_PRICE_FEN, `${field} must be at most ${MAX_OFFER_PRICE_FEN} fen`)

export const CatalogQuerySchema = z
  .object({
    q: z.string().trim().max(100).optional(),
    category_id: z
      .union([z.string().min(1), z.array(z.string().min(1)).max(50)])
      .optional()
      .transform((v) => (v === undefined ? undefined : Array.isArray(v) ? v : v.split(",").filter(Boolean))),
    brand: z.string().trim().min(1).max(100).optional(),
    price_min: fen("price_min").optional(),
    price_max: fen("price_max").optional(),
    region_code: z.string().regex(/^\d{6}$/, "region_code must be a 6-digit administrative region code").optional(),
    certificate: z.enum(CERTIFICATE_KINDS, { error: `certificate must be one of ${CERTIFICATE_KINDS.join(", ")}` }).optional(),
    limit: z.coerce.number().int("limit must be a whole number").min(1, "limit must be at least 1").max(100, "limit must be at most 100").default(20),
    offset: z.coerce.number().int("offset must be a whole number").min(0, "offset must not be negative").max(100_000, "offset must be at most 100000").default(0),
  })
  .strict()
export type CatalogQuery = z.infer<typeof CatalogQuerySchema>
