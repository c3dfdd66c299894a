import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { SubmitCsrType } from "../../utils/csr-validators"
import { organizationCsrHandler } from "../../utils/issue-for-actor"

/** An agency / regulator / platform admin submits a CSR for their organization's certificate. */
export const POST = (req: AuthenticatedMedusaRequest<SubmitCsrType>, res: MedusaResponse) => organizationCsrHandler(req, res)
