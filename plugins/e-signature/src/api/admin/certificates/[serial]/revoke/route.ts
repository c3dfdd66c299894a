import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { revokeCertificateWorkflow } from "../../../../../workflows/revoke-certificate"
import { actorFromRequest } from "../../../../utils/request-actor"
import { ADMIN_CERTIFICATE_FIELDS, certificateBySerial } from "../../../../utils/certificate-fields"
import type { AdminRevokeCertificateType } from "../../validators"

/** active → revoked with an RFC 5280 reason (platform staff). */
export const POST = async (req: MedusaRequest<AdminRevokeCertificateType>, res: MedusaResponse) => {
  const { result } = await revokeCertificateWorkflow(req.scope).run({
    input: { serial: req.params.serial, reason: req.validatedBody.reason, actor: actorFromRequest(req) },
  })
  res.json({ certificate: await certificateBySerial(req, result.serial, ADMIN_CERTIFICATE_FIELDS) })
}
