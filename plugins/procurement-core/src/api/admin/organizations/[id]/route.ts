import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { organizationReadProblem } from "../../../../domain/region-scope"
import { adminCallerOf } from "../../../utils/admin-caller"
import { refetchOrganization } from "../../../utils/organization-views"

/**
 * One organization with its supplier profile and members. A purchasing unit, agency or
 * regulator of another province is 404 to regulators and agencies (`organizationReadProblem`).
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const organization = await refetchOrganization(req, req.params.id, { withMembers: true })
  const caller = adminCallerOf(req)
  if (organizationReadProblem({ kind: caller.kind, region_code: caller.region_code, id: caller.organization_id }, organization)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `organization ${req.params.id} was not found`)
  }
  res.json({ organization })
}
