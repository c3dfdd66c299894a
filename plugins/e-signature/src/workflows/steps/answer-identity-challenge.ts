import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { AuditActor } from "@govmall/procurement-core/modules/procurement_audit"
import type { SignedRecord } from "../../domain/signed-record"
import { E_SIGNATURE_MODULE } from "../../modules/e_signature"
import type ESignatureService from "../../modules/e_signature/service"

export type AnswerIdentityChallengeStepInput = { challenge_id: string; expert_id: string; record: SignedRecord; actor: AuditActor }

export const answerIdentityChallengeStepId = "answer-identity-challenge-step"

/**
 * Verifies and consumes the challenge (row lock, audit, one transaction). No compensation on
 * purpose: a verified identity is a fact with its audit entry; putting the challenge back to
 * "unanswered" would let the same signature be replayed. A later failure leaves the expert
 * verified, and it asks for a new challenge if the caller needs one.
 */
export const answerIdentityChallengeStep = createStep(
  answerIdentityChallengeStepId,
  async ({ actor, ...input }: AnswerIdentityChallengeStepInput, { container }) => {
    const service = container.resolve<ESignatureService>(E_SIGNATURE_MODULE)
    return new StepResponse(await service.answerIdentityChallenge(input, actor))
  }
)
