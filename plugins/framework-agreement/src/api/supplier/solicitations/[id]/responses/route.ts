import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { actorFromRequest } from "@govmall/procurement-core/api/utils/request-actor"
import { PUBLIC_SOLICITATION_STATUSES } from "../../../../../domain/solicitation-lifecycle"
import { submitResponseWorkflow } from "../../../../../workflows/responses"
import { supplierOrgOf } from "../../../../policies"
import { findSolicitation } from "../../../../utils/read"
import { clientIpOf, listDeposits, listResponses } from "../../../../utils/response-read"
import type { SubmitResponseBodyType } from "../../../../utils/response-validators"
import { depositView, ownResponseView } from "../../../../utils/response-views"

/**
 * The calling supplier's own responses (every state, with envelope and signature) and deposits.
 * Other suppliers' responses are not listed, not even counted: the names and number of
 * responding suppliers stay confidential until the opening.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  await findSolicitation(req, req.params.id, { status: [...PUBLIC_SOLICITATION_STATUSES] })
  const supplier_org_id = supplierOrgOf(req)
  const responses = await listResponses(req, { solicitation_id: req.params.id, supplier_org_id })
  const deposits = await listDeposits(req, { solicitation_id: req.params.id, supplier_org_id })
  res.json({ responses: responses.map(ownResponseView), deposits: deposits.map(depositView) })
}

/** Submits a sealed, signed response to one lot before the deadline (201). */
export const POST = async (req: MedusaRequest<SubmitResponseBodyType>, res: MedusaResponse) => {
  const body = req.validatedBody
  const supplier_org_id = supplierOrgOf(req)
  const { result } = await submitResponseWorkflow(req.scope).run({
    input: {
      solicitation_id: req.params.id,
      lot_id: body.lot_id,
      supplier_org_id,
      plaintext: body.plaintext,
      envelope: body.envelope,
      signature: body.signature,
      client_ip: clientIpOf(req),
      device_fingerprint: body.device_fingerprint ?? null,
      mac: body.mac ?? null,
      actor: { ...actorFromRequest(req), organization_id: supplier_org_id },
    },
  })
  res.status(201).json({ response: ownResponseView(result) })
}
