import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { SubmitCsrType } from "../../utils/csr-validators"
import { organizationCsrHandler } from "../../utils/issue-for-actor"

/** An organization admin submits a CSR (key made on their side) and receives the organization's certificate (subject = its USCC and name). */
export const POST = (req: AuthenticatedMedusaRequest<SubmitCsrType>, res: MedusaResponse) => organizationCsrHandler(req, res)
