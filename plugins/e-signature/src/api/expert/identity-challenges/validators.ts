import { z } from "@medusajs/framework/zod"
import { SIGNATURE_ALGORITHM_IDS } from "../../../domain/signature-algorithm"

/** `purpose` names what the verification unlocks, e.g. "evaluation:panel_01JBX…". */
export const IssueIdentityChallenge = z
  .object({
    purpose: z
      .string({ error: "purpose is required" })
      .max(120, "purpose is too long (at most 120 characters)")
      .regex(/^[a-z][a-z_]*(:[A-Za-z0-9_-]{1,100})?$/, 'purpose must look like "evaluation:<panel id>"'),
  })
  .strict()
export type IssueIdentityChallengeType = z.infer<typeof IssueIdentityChallenge>

/** The SignedRecord of `signIdentityChallenge` (@govmall/e-signature/client). */
export const AnswerIdentityChallenge = z
  .object({
    signature: z
      .string({ error: "signature is required" })
      .max(2_000, "signature is too long")
      .regex(/^[A-Za-z0-9+/]+={0,2}$/, "signature must be base64"),
    certificate_serial: z
      .string({ error: "certificate_serial is required" })
      .regex(/^[0-9a-fA-F]{2,40}$/, "certificate_serial must be the certificate's hex serial"),
    signed_at: z.iso.datetime({ offset: true, error: "signed_at must be an ISO-8601 instant" }),
    algorithm: z.enum(SIGNATURE_ALGORITHM_IDS, { error: `algorithm must be one of ${SIGNATURE_ALGORITHM_IDS.join(", ")}` }).default("RSA-SHA256"),
  })
  .strict()
export type AnswerIdentityChallengeType = z.infer<typeof AnswerIdentityChallenge>
