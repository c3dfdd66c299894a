import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { AuditActor } from "@govmall/procurement-core/modules/procurement_audit"
import type { ProcurementCalendarService } from "@govmall/procurement-core/modules/procurement_calendar"
import { SOLICITATION_MODULE } from "../../modules/solicitation"
import type SolicitationModuleService from "../../modules/solicitation/service"

const service = (container: { resolve: <T>(key: string) => T }) => container.resolve<SolicitationModuleService>(SOLICITATION_MODULE)

/** A supplier's question (published and before the deadline; the lot, if named, must be the solicitation's). */
export const askClarificationStep = createStep(
  "ask-solicitation-clarification",
  async (input: { solicitation_id: string; question: string; lot_id?: string | null; actor: AuditActor }, { container }) =>
    new StepResponse(
      await service(container).askClarification(input.solicitation_id, { question: input.question, lot_id: input.lot_id ?? null }, input.actor)
    )
)

/**
 * The agency's public answer; a documents-changing one moves the response deadline
 * (domain/deadlines.ts) with the working-day calendar module's calendar. The answer, the
 * deadline change and their audit entries are one transaction, the last write of its workflow.
 */
export const answerClarificationStep = createStep(
  "answer-solicitation-clarification",
  async (
    input: { solicitation_id: string; clarification_id: string; answer: string; changes_documents: boolean; actor: AuditActor },
    { container }
  ) => {
    const calendar = await container.resolve<ProcurementCalendarService>("procurement_calendar").getCalendar()
    return new StepResponse(
      await service(container).answerClarification(
        input.solicitation_id,
        input.clarification_id,
        { answer: input.answer, changes_documents: input.changes_documents },
        calendar,
        input.actor
      )
    )
  }
)
