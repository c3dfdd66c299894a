import { z } from "@medusajs/framework/zod"

/*
 * Response bodies. No transform (no trimming): the clear fields are signed by the supplier as
 * sent, and the server verifies the signature over exactly what it validated.
 */
const text = (field: string, max: number) =>
  z
    .string({ error: `${field} is required and must be text` })
    .max(max, `${field} must be at most ${max} characters`)
    .refine((v) => v.trim().length > 0, `${field} must not be blank`)

const id = (field: string) => z.string({ error: `${field} must be an id (text)` }).min(1, `${field} must not be empty`).max(100, `${field} is too long`)

const wholeNumber = (field: string, min: number, max: number) =>
  z
    .number({ error: `${field} must be a number` })
    .int(`${field} must be a whole number`)
    .min(min, `${field} must be at least ${min}`)
    .max(max, `${field} must be at most ${max}`)

export const ResponsePlaintext = z
  .object({
    brand: text("plaintext.brand", 200),
    product_model: text("plaintext.product_model", 200),
    specification: text("plaintext.specification", 5_000),
    /** Required key, null for a service lot or a product not (yet) in the catalog. */
    catalog_product_id: id("plaintext.catalog_product_id").nullable(),
    qualification_document_ids: z.array(id("plaintext.qualification_document_ids[i]")).max(50, "plaintext.qualification_document_ids: at most 50"),
    warranty_months: wholeNumber("plaintext.warranty_months", 0, 120),
    delivery_days: wholeNumber("plaintext.delivery_days", 1, 365),
  }, { error: "plaintext is required (an object of the clear fields)" })
  .strict()

const SignedRecordBody = z
  .object({
    signature: z.string({ error: "signature.signature is required" }).min(1).max(4_096),
    certificate_serial: z.string({ error: "signature.certificate_serial is required" }).regex(/^[0-9a-fA-F]{1,64}$/, "signature.certificate_serial must be a hex serial"),
    signed_at: z.string({ error: "signature.signed_at is required" }).min(1).max(40),
    algorithm: z.string().max(40).optional(),
  }, { error: "signature is required (the SignedRecord object)" })
  .strict()

const capture = {
  /** What the supplier's client reports about its device (collusion clues; not verifiable). */
  device_fingerprint: z.string({ error: "device_fingerprint must be text" }).max(200, "device_fingerprint is too long").optional(),
  mac: z.string({ error: "mac must be text" }).max(64, "mac is too long").optional(),
}

const envelope = z.record(z.string(), z.unknown(), { error: "envelope is required (the sealed envelope object)" })

export const SubmitResponseBody = z
  .object({ lot_id: id("lot_id"), plaintext: ResponsePlaintext, envelope, signature: SignedRecordBody, ...capture })
  .strict()
export type SubmitResponseBodyType = z.infer<typeof SubmitResponseBody>

export const ReplaceResponseBody = z.object({ plaintext: ResponsePlaintext, envelope, signature: SignedRecordBody, ...capture }).strict()
export type ReplaceResponseBodyType = z.infer<typeof ReplaceResponseBody>

export const OpenResponseBody = z
  .object({ content_key: z.string({ error: "content_key is required (base64)" }).min(1, "content_key is required").max(100, "content_key is too long") })
  .strict()

export const PayDepositBody = z
  .object({
    lot_id: id("lot_id"),
    /** The bank account / card the deposit is paid from (digits; blanks and hyphens allowed). */
    account_number: z
      .string({ error: "account_number is required" })
      .regex(/^[0-9][0-9 -]{10,30}[0-9]$/, "account_number must be the paying account's digits"),
    confirmation_code: z.string().max(20).optional(),
  })
  .strict()
