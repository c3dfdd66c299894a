import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** What anyone may see of a certificate (a certificate is public by nature; no internal ids). */
export const PUBLIC_CERTIFICATE_FIELDS = [
  "serial",
  "subject_kind",
  "subject_id",
  "role",
  "display_name",
  "fingerprint_sha256",
  "not_before",
  "not_after",
  "status",
  "revoked_at",
  "revocation_reason",
  "pem",
]

export const ADMIN_CERTIFICATE_FIELDS = ["id", "organization_id", "created_at", "updated_at", ...PUBLIC_CERTIFICATE_FIELDS]

/** Reads one certificate by serial with the given fields (404 if absent). */
export async function certificateBySerial(req: MedusaRequest, serial: string, fields: string[]) {
  const normalized = String(serial).trim().toLowerCase()
  if (!/^[0-9a-f]{2,40}$/.test(normalized)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `serial must be hex, got ${JSON.stringify(serial)}`)
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [certificate],
  } = await query.graph({ entity: "certificate", fields, filters: { serial: normalized } })
  if (!certificate) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `certificate ${normalized} was not found`)
  }
  return certificate
}
