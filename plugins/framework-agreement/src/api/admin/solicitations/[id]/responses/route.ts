import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { solicitationReadProblem } from "../../../../../domain/solicitation-scope"
import { findSolicitation } from "../../../../utils/read"
import { listResponses, responseModule } from "../../../../utils/response-read"
import { openedResponseView, sealedResponseView } from "../../../../utils/response-views"
import { adminActors } from "../../helpers"

/**
 * The responses of a solicitation (the owning agency, the regulator of its province, platform
 * staff). Until the opening is closed only that a response exists — supplier, lot, time —
 * never a price; afterwards the opened content and each response's outcome.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { caller } = adminActors(req)
  const solicitation = await findSolicitation(req, req.params.id)
  const problem = solicitationReadProblem(caller, solicitation)
  if (problem) throw new MedusaError(MedusaError.Types.NOT_FOUND, problem.message)
  const opening = await responseModule(req).openingOf(solicitation.id)
  const revealed = Boolean(opening?.closed_at)
  const responses = await listResponses(req, { solicitation_id: solicitation.id })
  const live = responses.filter((r) => r.status !== "withdrawn")
  res.json({
    sealed: !revealed,
    count: live.length,
    count_by_lot: Object.fromEntries(solicitation.lots.map((lot) => [lot.id, live.filter((r) => r.lot_id === lot.id).length])),
    responses: revealed ? responses.map(openedResponseView) : responses.map(sealedResponseView),
  })
}
