import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PROCUREMENT_CALENDAR_MODULE } from "../../modules/procurement_calendar"
import type ProcurementCalendarService from "../../modules/procurement_calendar/service"
import type {
  CalendarOverrideDTO,
  UpsertCalendarOverrideInput,
} from "../../modules/procurement_calendar/service"
import type { AuditActor } from "../../modules/procurement_audit/append-audit-entry"

export type UpsertCalendarOverrideStepInput = {
  override: UpsertCalendarOverrideInput
  actor: AuditActor
}

export const upsertCalendarOverrideStepId = "upsert-calendar-override-step"

/**
 * Creates or replaces the override of one date (audited). Compensation puts the previous
 * override back, or removes the new one (audited as well).
 */
export const upsertCalendarOverrideStep = createStep(
  upsertCalendarOverrideStepId,
  async (input: UpsertCalendarOverrideStepInput, { container }) => {
    const service = container.resolve<ProcurementCalendarService>(PROCUREMENT_CALENDAR_MODULE)
    const [previous] = (await service.listCalendarOverrides(
      { date: input.override.date },
      { take: 1 }
    )) as CalendarOverrideDTO[]
    const saved = await service.upsertOverride(input.override, input.actor)
    return new StepResponse(saved, {
      date: input.override.date,
      previous: previous
        ? {
            date: previous.date,
            is_working_day: previous.is_working_day,
            name: previous.name,
            note: previous.note,
          }
        : null,
      actor: input.actor,
    })
  },
  async (compensation, { container }) => {
    if (!compensation) {
      return
    }
    const service = container.resolve<ProcurementCalendarService>(PROCUREMENT_CALENDAR_MODULE)
    if (compensation.previous) {
      await service.upsertOverride(compensation.previous, compensation.actor)
    } else {
      await service.removeOverride(compensation.date, compensation.actor)
    }
  }
)
