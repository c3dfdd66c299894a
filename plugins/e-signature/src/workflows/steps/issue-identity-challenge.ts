import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { E_SIGNATURE_MODULE } from "../../modules/e_signature"
import type ESignatureService from "../../modules/e_signature/service"

export type IssueIdentityChallengeStepInput = { expert_id: string; purpose: string }

export const issueIdentityChallengeStepId = "issue-identity-challenge-step"

/** Stores a fresh challenge; compensation deletes it (nobody has answered it yet). */
export const issueIdentityChallengeStep = createStep(
  issueIdentityChallengeStepId,
  async (input: IssueIdentityChallengeStepInput, { container }) => {
    const service = container.resolve<ESignatureService>(E_SIGNATURE_MODULE)
    const challenge = await service.issueIdentityChallenge(input)
    return new StepResponse(challenge, challenge.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<ESignatureService>(E_SIGNATURE_MODULE).deleteIdentityChallenges(id)
  }
)
