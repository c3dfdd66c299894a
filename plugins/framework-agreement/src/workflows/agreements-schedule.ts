import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { AuditActor } from "@govmall/procurement-core/modules/procurement_audit"
import { procurementClock } from "@govmall/procurement-core/modules/procurement_clock"
import { signingWarningDue } from "../domain/agreement-schedule"
import { FrameworkAgreementEvents as Events } from "../events"
import type { AgreementDTO } from "../modules/framework-agreement/types"
import { agreementService } from "./steps/agreement-context"

type Sweep = {
  lapsed: Array<{ id: string; fault: string | null; signing_deadline: Date }>
  signing_warned: Array<{ id: string; signing_deadline: Date }>
  filing_overdue: Array<{ id: string; filing_due_at: Date | null }>
  expired: Array<{ id: string; ended_at: Date | null }>
}

/**
 * The clock-driven changes of agreements, each in its own transaction under the row lock and
 * re-decided there (a signature racing the job wins or loses cleanly): pending agreements past
 * the 30-day window lapse (`decideSigning`); 5 days before it, a warning; active agreements not
 * filed by their due date, a warning; active agreements past their term expire. Each change is
 * final and audited; a rerun finds nothing left to do, so the step has no compensation.
 */
export const sweepAgreementDeadlinesStep = createStep("sweep-framework-agreement-deadlines", async (input: { actor: AuditActor }, { container }) => {
  const service = agreementService(container)
  const now = procurementClock.now()
  const all = { take: null as never }
  const out: Sweep = { lapsed: [], signing_warned: [], filing_overdue: [], expired: [] }
  const pending = (await service.listFrameworkAgreements({ status: "pending_signature" }, all)) as unknown as AgreementDTO[]
  for (const a of pending) {
    if (new Date(a.signing_deadline).getTime() < now.getTime()) {
      const after = await service.lapseIfOverdue(a.id, input.actor)
      if (after) out.lapsed.push({ id: a.id, fault: after.lapse_fault, signing_deadline: after.signing_deadline })
    } else if (signingWarningDue({ now, deadline: new Date(a.signing_deadline), warned_at: a.signing_warned_at })) {
      const after = await service.changeAgreement(
        a.id,
        "framework_agreement.signing_deadline_warned",
        (x, at) => (x.status === "pending_signature" && !x.signing_warned_at ? { signing_warned_at: at } : false),
        input.actor
      )
      if (after) out.signing_warned.push({ id: a.id, signing_deadline: after.signing_deadline })
    }
  }
  const active = (await service.listFrameworkAgreements({ status: "active" }, all)) as unknown as AgreementDTO[]
  for (const a of active) {
    if (a.ends_at && new Date(a.ends_at).getTime() <= now.getTime()) {
      const after = await service.expireIfOver(a.id, input.actor)
      if (after) out.expired.push({ id: a.id, ended_at: after.ends_at })
      continue
    }
    if (!a.filed_at && !a.filing_warned_at && a.filing_due_at && new Date(a.filing_due_at).getTime() < now.getTime()) {
      const after = await service.changeAgreement(
        a.id,
        "framework_agreement.filing_overdue_warned",
        (x, at) => (x.status === "active" && !x.filed_at && !x.filing_warned_at ? { filing_warned_at: at } : false),
        input.actor
      )
      if (after) out.filing_overdue.push({ id: a.id, filing_due_at: after.filing_due_at })
    }
  }
  return new StepResponse(out)
})

export const sweepFrameworkAgreementDeadlinesWorkflow = createWorkflow(
  "sweep-framework-agreement-deadlines",
  (input: { actor: AuditActor }) => {
    const sweep = sweepAgreementDeadlinesStep(input)
    emitEventStep({ eventName: Events.AGREEMENT_LAPSED, data: transform({ sweep }, ({ sweep }) => sweep.lapsed) }).config({ name: "emit-lapsed" })
    emitEventStep({ eventName: Events.SIGNING_DEADLINE_APPROACHING, data: transform({ sweep }, ({ sweep }) => sweep.signing_warned) }).config({
      name: "emit-signing-warned",
    })
    emitEventStep({ eventName: Events.FILING_OVERDUE, data: transform({ sweep }, ({ sweep }) => sweep.filing_overdue) }).config({ name: "emit-filing-overdue" })
    emitEventStep({ eventName: Events.AGREEMENT_EXPIRED, data: transform({ sweep }, ({ sweep }) => sweep.expired) }).config({ name: "emit-expired" })
    return new WorkflowResponse(sweep)
  }
)
