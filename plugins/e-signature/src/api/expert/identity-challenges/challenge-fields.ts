import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { challengeFromRecord, type IdentityChallengeDTO } from "../../../modules/e_signature/identity-challenge-record"

const FIELDS = ["id", "expert_id", "nonce", "purpose", "issued_at", "expires_at", "consumed_at", "certificate_serial"]

/** One of the caller's challenges, re-read, with `challenge`: exactly the document to sign. */
export async function expertChallengeById(req: MedusaRequest, id: string, expertId: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [record],
  } = await query.graph({ entity: "identity_challenge", fields: FIELDS, filters: { id, expert_id: expertId } })
  if (!record) throw new MedusaError(MedusaError.Types.NOT_FOUND, `identity challenge ${id} was not found`)
  const row = record as unknown as IdentityChallengeDTO
  return {
    id: row.id,
    expires_at: row.expires_at,
    consumed_at: row.consumed_at ?? null,
    certificate_serial: row.certificate_serial ?? null,
    challenge: challengeFromRecord(row),
  }
}
