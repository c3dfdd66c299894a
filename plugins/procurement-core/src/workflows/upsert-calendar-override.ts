import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ProcurementCoreEvents } from "../events"
import type { UpsertCalendarOverrideInput } from "../modules/procurement_calendar/service"
import type { AuditActor } from "../modules/procurement_audit/append-audit-entry"
import { upsertCalendarOverrideStep } from "./steps/upsert-calendar-override"

export type UpsertCalendarOverrideWorkflowInput = {
  override: UpsertCalendarOverrideInput
  actor: AuditActor
}

export const upsertCalendarOverrideWorkflowId = "upsert-calendar-override"

/** Creates or replaces one date's override (audited) and emits calendar_override_upserted. */
export const upsertCalendarOverrideWorkflow = createWorkflow(
  upsertCalendarOverrideWorkflowId,
  (input: UpsertCalendarOverrideWorkflowInput) => {
    const saved = upsertCalendarOverrideStep({ override: input.override, actor: input.actor })
    const eventData = transform({ saved }, ({ saved }) => ({ id: saved.id, date: saved.date }))
    emitEventStep({ eventName: ProcurementCoreEvents.CALENDAR_OVERRIDE_UPSERTED, data: eventData })
    return new WorkflowResponse(saved)
  }
)
