import { z } from "@medusajs/framework/zod"
import { REVOCATION_REASONS } from "../../../domain/signed-record"

export const AdminRevokeCertificate = z
  .object({
    reason: z.enum(REVOCATION_REASONS, {
      error: `reason is required: one of ${REVOCATION_REASONS.join(", ")}`,
    }),
  })
  .strict()
export type AdminRevokeCertificateType = z.infer<typeof AdminRevokeCertificate>
