import { z } from "@medusajs/framework/zod"
import { PRICE_REPORT_STATUSES } from "../../../domain/price-report-lifecycle"

const quantity = z
  .number({ error: "quantity must be a number" })
  .int("quantity must be a whole number")
  .min(1, "quantity must be at least 1")
  .max(100_000, "quantity must be at most 100000")

const offerId = z.string({ error: "offer_id is required" }).trim().min(1, "offer_id is required")

export const StoreAddOfferToCart = z.object({ offer_id: offerId, quantity }).strict()
export type StoreAddOfferToCartType = z.infer<typeof StoreAddOfferToCart>

const payment = z
  .object({
    provider_id: z.string({ error: "payment.provider_id is required" }).trim().min(1, "payment.provider_id is required"),
    data: z.record(z.string(), z.unknown()).optional(),
  })
  .strict()

export const StoreCompleteEmallCart = z.object({ payment: payment.optional() }).strict()
export type StoreCompleteEmallCartType = z.infer<typeof StoreCompleteEmallCart>

const address = z
  .object({
    first_name: z.string().max(100).optional(),
    last_name: z.string().max(100).optional(),
    company: z.string().max(200).optional(),
    address_1: z.string({ error: "shipping_address.address_1 is required" }).trim().min(1, "shipping_address.address_1 is required").max(300),
    address_2: z.string().max(300).optional(),
    city: z.string().max(100).optional(),
    province: z.string().max(100).optional(),
    postal_code: z.string().max(20).optional(),
    country_code: z.string().length(2).optional(),
    phone: z.string().max(40).optional(),
    metadata: z
      .object({ region_code: z.string().regex(/^\d{6}$/, "shipping_address.metadata.region_code must be a 6-digit region code").optional() })
      .catchall(z.unknown())
      .optional(),
  })
  .strict()

export const StoreDirectPurchase = z
  .object({
    offer_id: offerId,
    quantity,
    shipping_address: address,
    email: z.string().email("email must be an e-mail address").optional(),
    payment,
  })
  .strict()
export type StoreDirectPurchaseType = z.infer<typeof StoreDirectPurchase>

export const StoreGetEmallOrdersParams = z.object({
  status: z.enum(["pending_confirmation", "confirmed", "declined", "cancelled"]).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})

export const StoreCreatePriceReport = z
  .object({
    offer_id: offerId,
    evidence_text: z
      .string({ error: "evidence_text is required" })
      .trim()
      .min(1, "evidence_text is required")
      .max(4_000, "evidence_text must be at most 4000 characters"),
    evidence_url: z
      .string({ error: "evidence_url must be an http(s) URL" })
      .trim()
      .max(2_000, "evidence_url must be at most 2000 characters")
      .regex(/^https?:\/\/[^\s/]+/i, "evidence_url must be an http(s) URL")
      .nullish(),
    observed_price_fen: z
      .number({ error: "observed_price_fen must be a number of fen" })
      .int("observed_price_fen must be a whole number of fen")
      .positive("observed_price_fen must be greater than 0")
      .max(2_147_483_647, "observed_price_fen is too large")
      .nullish(),
  })
  .strict()
export type StoreCreatePriceReportType = z.infer<typeof StoreCreatePriceReport>

export const StoreGetPriceReportsParams = z.object({
  status: z.enum(PRICE_REPORT_STATUSES).optional(),
  offer_id: z.string().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})
export type StoreGetPriceReportsParamsType = z.infer<typeof StoreGetPriceReportsParams>
