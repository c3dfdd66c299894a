import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { verifyExpertIdentityWorkflow } from "../../../../../workflows/verify-expert-identity"
import { activeExpertOf } from "../../../../utils/active-expert"
import { actorFromRequest } from "../../../../utils/request-actor"
import { expertChallengeById } from "../../challenge-fields"
import type { AnswerIdentityChallengeType } from "../../validators"

/** The expert's signed answer; 200 with the consumed challenge, 400 naming why it was refused. */
export const POST = async (req: MedusaRequest<AnswerIdentityChallengeType>, res: MedusaResponse) => {
  const expert = activeExpertOf(req)
  await verifyExpertIdentityWorkflow(req.scope).run({
    input: { challenge_id: req.params.id, expert_id: expert.id, record: req.validatedBody, actor: actorFromRequest(req) },
  })
  res.json({ identity_challenge: await expertChallengeById(req, req.params.id, expert.id) })
}
