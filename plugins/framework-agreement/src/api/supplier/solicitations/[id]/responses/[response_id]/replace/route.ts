import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { actorFromRequest } from "@govmall/procurement-core/api/utils/request-actor"
import { submitResponseWorkflow } from "../../../../../../../workflows/responses"
import { supplierOrgOf } from "../../../../../../policies"
import { clientIpOf, listResponses } from "../../../../../../utils/response-read"
import type { ReplaceResponseBodyType } from "../../../../../../utils/response-validators"
import { ownResponseView } from "../../../../../../utils/response-views"

/** Replaces the supplier's live response before the deadline: the old one is withdrawn, the new one submitted, in one transaction (201). */
export const POST = async (req: MedusaRequest<ReplaceResponseBodyType>, res: MedusaResponse) => {
  const body = req.validatedBody
  const supplier_org_id = supplierOrgOf(req)
  const [old] = await listResponses(req, { id: req.params.response_id, solicitation_id: req.params.id, supplier_org_id })
  if (!old) throw new MedusaError(MedusaError.Types.NOT_FOUND, `response ${req.params.response_id} of solicitation ${req.params.id} was not found`)
  const { result } = await submitResponseWorkflow(req.scope).run({
    input: {
      solicitation_id: req.params.id,
      lot_id: old.lot_id,
      supplier_org_id,
      plaintext: body.plaintext,
      envelope: body.envelope,
      signature: body.signature,
      client_ip: clientIpOf(req),
      device_fingerprint: body.device_fingerprint ?? null,
      mac: body.mac ?? null,
      replaces_id: old.id,
      actor: { ...actorFromRequest(req), organization_id: supplier_org_id },
    },
  })
  res.status(201).json({ response: ownResponseView(result) })
}
