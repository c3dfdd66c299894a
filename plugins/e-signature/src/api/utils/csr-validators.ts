import { z } from "@medusajs/framework/zod"
import { MAX_VALIDITY_DAYS } from "../../domain/issue-certificate"

/** A CSR submission: the PEM (key made on the user's side) and an optional validity. */
export const SubmitCsr = z
  .object({
    csr_pem: z
      .string({ error: "csr_pem is required" })
      .trim()
      .max(20_000, "csr_pem is too long")
      .regex(/^-----BEGIN (NEW )?CERTIFICATE REQUEST-----[\s\S]+-----END (NEW )?CERTIFICATE REQUEST-----$/, "csr_pem must be a PEM certificate request"),
    validity_days: z.number().int().min(1).max(MAX_VALIDITY_DAYS).optional(),
  })
  .strict()
export type SubmitCsrType = z.infer<typeof SubmitCsr>
