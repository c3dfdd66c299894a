import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { solicitationListFilter } from "../../../domain/solicitation-scope"
import { generateFrameworkAgreementsWorkflow } from "../../../workflows/agreements"
import { adminActors } from "../solicitations/helpers"
import { agreements, agreementView, findAgreement } from "../../utils/agreement-views"
import { queryOf } from "../../utils/validate-query"
import type { ListAgreementsType } from "../../utils/agreement-validators"

/** Agreements the caller may see: the agency its own, a regulator its province's, platform staff all. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { caller } = adminActors(req)
  const q = queryOf<ListAgreementsType>(req)
  const scope = solicitationListFilter(caller) ?? {}
  const filters = { ...scope, ...(q.solicitation_id ? { solicitation_id: q.solicitation_id } : {}), ...(q.status ? { status: q.status } : {}) }
  const [rows, count] = await agreements(req).listAndCountFrameworkAgreements(filters, {
    relations: ["memberships"],
    take: q.limit,
    skip: q.offset,
    order: { created_at: "ASC" },
  })
  res.json({ framework_agreements: (rows as never[]).map(agreementView), count, limit: q.limit, offset: q.offset })
}

/**
 * The solicitor generates a lot's agreements from its shortlist (solicitation in
 * `shortlist_published`); the evaluation calls the same workflow.
 */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const { actor, caller } = adminActors(req)
  const body = req.validatedBody as { solicitation_id: string; lot_id: string; shortlisted: never[]; shortlist_notice_at?: string }
  const { result } = await generateFrameworkAgreementsWorkflow(req.scope).run({ input: { ...body, actor, caller } })
  const created = await Promise.all(result.map((a) => findAgreement(req, a.id)))
  res.status(201).json({ framework_agreements: created.map(agreementView) })
}
