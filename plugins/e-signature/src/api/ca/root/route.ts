import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { E_SIGNATURE_MODULE } from "../../../modules/e_signature"
import type ESignatureService from "../../../modules/e_signature/service"

/** The platform root CA certificate (PEM): the trust anchor for every signature. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { root_pem } = req.scope.resolve<ESignatureService>(E_SIGNATURE_MODULE).getCaCertificates()
  res.setHeader("content-type", "application/x-pem-file; charset=utf-8")
  res.send(root_pem)
}
