import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { closeOpeningWorkflow } from "../../../../../../workflows/opening"
import { openingView } from "../../../../../utils/response-views"
import { adminActors } from "../../../helpers"

/** Ends the opening window: undecrypted responses invalid, collusion clues computed (owning agency). */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const { actor, caller } = adminActors(req)
  const { result } = await closeOpeningWorkflow(req.scope).run({ input: { id: req.params.id, actor, caller } })
  res.json({ opening: openingView(result.opening), invalidated: result.invalidated })
}
