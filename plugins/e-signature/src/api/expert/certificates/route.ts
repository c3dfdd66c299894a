import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { SubmitCsrType } from "../../utils/csr-validators"
import { expertCsrHandler } from "../../utils/issue-for-actor"

/** An active expert submits a CSR (key made on their side) and receives their certificate. */
export const POST = (req: AuthenticatedMedusaRequest<SubmitCsrType>, res: MedusaResponse) => expertCsrHandler(req, res)
