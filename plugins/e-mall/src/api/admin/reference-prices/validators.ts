import { z } from "@medusajs/framework/zod"

export const AdminRecordReferencePrice = z
  .object({
    product_id: z.string({ error: "product_id is required" }).trim().min(1, "product_id is required").max(100),
    price_fen: z
      .number({ error: "price_fen must be a number of fen" })
      .int("price_fen must be a whole number of fen")
      .positive("price_fen must be greater than 0"),
    source: z.string({ error: "source is required" }).trim().min(1, "source is required").max(500),
    note: z.string().trim().max(2_000).nullish(),
  })
  .strict()
export type AdminRecordReferencePriceType = z.infer<typeof AdminRecordReferencePrice>

/** The list is unpaginated (one row per product): a `limit` / `offset` is refused, not ignored. */
export const AdminGetReferencePricesParams = z.object({ product_id: z.string().min(1).optional() }).strict()
export type AdminGetReferencePricesParamsType = z.infer<typeof AdminGetReferencePricesParams>
