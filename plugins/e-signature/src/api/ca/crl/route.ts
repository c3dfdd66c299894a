import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { procurementClock } from "@govmall/procurement-core/modules/procurement_clock"
import { E_SIGNATURE_MODULE } from "../../../modules/e_signature"
import type ESignatureService from "../../../modules/e_signature/service"

/** The revocation list (JSON): every revoked serial with its time and RFC 5280 reason. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const revoked = await req.scope.resolve<ESignatureService>(E_SIGNATURE_MODULE).listRevoked()
  res.json({
    generated_at: procurementClock.now(),
    revoked: revoked.map((entry) => ({ serial: entry.serial, revoked_at: entry.revoked_at, reason: entry.revocation_reason })),
  })
}
