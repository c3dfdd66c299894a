import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ESignatureEvents } from "../events"
import { answerIdentityChallengeStep, type AnswerIdentityChallengeStepInput } from "./steps/answer-identity-challenge"

export const verifyExpertIdentityWorkflowId = "verify-expert-identity"

/**
 * An expert's signed answer to its identity challenge → the challenge consumed, audited
 * (`expert.identity_verified`), event `e_signature.expert_identity_verified` for the
 * evaluation to unlock the responses.
 */
export const verifyExpertIdentityWorkflow = createWorkflow(verifyExpertIdentityWorkflowId, (input: AnswerIdentityChallengeStepInput) => {
  const challenge = answerIdentityChallengeStep(input)
  const eventData = transform({ challenge }, ({ challenge }) => ({
    id: challenge.id,
    expert_id: challenge.expert_id,
    purpose: challenge.purpose,
    certificate_serial: challenge.certificate_serial,
    verified_at: challenge.consumed_at,
  }))
  emitEventStep({ eventName: ESignatureEvents.EXPERT_IDENTITY_VERIFIED, data: eventData })
  return new WorkflowResponse(challenge)
})
