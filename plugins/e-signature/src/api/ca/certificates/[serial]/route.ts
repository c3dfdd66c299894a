import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { certificateBySerial, PUBLIC_CERTIFICATE_FIELDS } from "../../../utils/certificate-fields"

/** Public information on one certificate (subject, validity, revocation, PEM). */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json({ certificate: await certificateBySerial(req, req.params.serial, PUBLIC_CERTIFICATE_FIELDS) })
}
