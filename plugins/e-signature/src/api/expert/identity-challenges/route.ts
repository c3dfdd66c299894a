import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { issueIdentityChallengeWorkflow } from "../../../workflows/issue-identity-challenge"
import { activeExpertOf } from "../../utils/active-expert"
import { expertChallengeById } from "./challenge-fields"
import type { IssueIdentityChallengeType } from "./validators"

/**
 * An active expert asks for an identity challenge; it signs `identity_challenge.challenge`
 * with its expert certificate's key (`signIdentityChallenge`) and posts the record to
 * `…/:id/answer` before `expires_at`.
 */
export const POST = async (req: MedusaRequest<IssueIdentityChallengeType>, res: MedusaResponse) => {
  const expert = activeExpertOf(req)
  const { result } = await issueIdentityChallengeWorkflow(req.scope).run({
    input: { expert_id: expert.id, purpose: req.validatedBody.purpose },
  })
  res.json({ identity_challenge: await expertChallengeById(req, result.id, expert.id) })
}
