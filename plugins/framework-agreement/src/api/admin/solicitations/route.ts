import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { solicitationListFilter } from "../../../domain/solicitation-scope"
import { createSolicitationWorkflow } from "../../../workflows/solicitations"
import type { AdminCreateSolicitationType } from "../../utils/plan-schema"
import { listSolicitationPage } from "../../utils/read"
import { queryOf } from "../../utils/validate-query"
import type { AdminListSolicitationsType } from "../../utils/validators"
import { adminSolicitationView } from "../../utils/views"
import { adminActors, refetchAdminSolicitation } from "./helpers"

/** Plans the caller may see: an agency its own, a regulator its province's, the platform all. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { caller } = adminActors(req)
  const q = queryOf<AdminListSolicitationsType>(req)
  const filters: Record<string, unknown> = { ...(solicitationListFilter(caller) ?? {}) }
  if (q.status) filters.status = q.status
  const page = await listSolicitationPage(req, filters, q)
  res.json({ ...page, solicitations: page.solicitations.map(adminSolicitationView) })
}

/** A new draft plan of the caller's agency (agency operators; the solicitor is always an agency). */
export const POST = async (req: MedusaRequest<AdminCreateSolicitationType>, res: MedusaResponse) => {
  const { actor, caller } = adminActors(req)
  if (caller.kind !== "agency") {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      `${caller.kind} organizations do not solicit framework agreements: an agency (the solicitor) drafts the plan`
    )
  }
  const { result } = await createSolicitationWorkflow(req.scope).run({
    input: { plan: { ...(req.validatedBody as object), owner_org_id: caller.organization_id } as never, actor },
  })
  res.status(201).json({ solicitation: await refetchAdminSolicitation(req, result.id) })
}
