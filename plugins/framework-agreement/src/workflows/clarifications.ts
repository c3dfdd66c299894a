import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { AuditActor } from "@govmall/procurement-core/modules/procurement_audit"
import type { ScopeActor } from "../domain/solicitation-scope"
import { FrameworkAgreementEvents as Events } from "../events"
import { answerClarificationStep, askClarificationStep } from "./steps/clarifications"
import { loadSolicitationStep } from "./steps/load-solicitation"

/** A supplier asks; the asker is recorded (audit, row) but never in the event or any public view. */
export const askClarificationWorkflow = createWorkflow(
  "ask-solicitation-clarification",
  (input: { solicitation_id: string; question: string; lot_id?: string | null; actor: AuditActor }) => {
    const asked = askClarificationStep(input)
    const data = transform({ asked }, ({ asked }) => ({ id: asked.id, solicitation_id: asked.solicitation_id }))
    emitEventStep({ eventName: Events.CLARIFICATION_ASKED, data })
    return new WorkflowResponse(asked)
  }
)

export const answerClarificationWorkflow = createWorkflow(
  "answer-solicitation-clarification",
  (input: {
    solicitation_id: string
    clarification_id: string
    answer: string
    changes_documents: boolean
    actor: AuditActor
    caller?: ScopeActor | null
  }) => {
    loadSolicitationStep({ id: input.solicitation_id, caller: input.caller, scope: "manage" })
    const answered = answerClarificationStep(input)
    const data = transform({ answered }, ({ answered }) => ({
      id: answered.clarification.id,
      solicitation_id: answered.clarification.solicitation_id,
      changes_documents: answered.clarification.changes_documents,
      deadline_extended: answered.deadline_extended,
      response_deadline: answered.clarification.deadline_after,
    }))
    emitEventStep({ eventName: Events.CLARIFICATION_ANSWERED, data })
    return new WorkflowResponse(answered)
  }
)
