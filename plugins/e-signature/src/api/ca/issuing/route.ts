import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { E_SIGNATURE_MODULE } from "../../../modules/e_signature"
import type ESignatureService from "../../../modules/e_signature/service"

/** The issuing CA certificate (PEM), signed by the root; it signs every party's certificate. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { issuing_pem } = req.scope.resolve<ESignatureService>(E_SIGNATURE_MODULE).getCaCertificates()
  res.setHeader("content-type", "application/x-pem-file; charset=utf-8")
  res.send(issuing_pem)
}
