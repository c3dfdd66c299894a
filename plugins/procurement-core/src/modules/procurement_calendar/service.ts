import { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import { DateString, isDateString } from "../../domain/clock"
import { chineseDaysCoversYear, chineseDaysIsWorkday } from "../../domain/chinese-days-calendar"
import {
  CalendarOverride as DomainOverride,
  DateInput,
  createWorkingDayCalendar,
  DayInfo,
  WorkingDayCalendar,
} from "../../domain/working-days"
import { withMedusaErrorsSync } from "../../utils/medusa-error-from-domain"
import { appendAuditEntry, AuditActor } from "../procurement_audit/append-audit-entry"
import CalendarOverride from "./models/calendar-override"

export type UpsertCalendarOverrideInput = {
  date: DateString
  is_working_day: boolean
  name?: string | null
  note?: string | null
}

export type CalendarOverrideDTO = {
  id: string
  date: DateString
  is_working_day: boolean
  name: string | null
  note: string | null
  created_at: Date
  updated_at: Date
}

/**
 * The working-day calendar of the platform: chinese-days (the State Council arrangement the
 * package ships) plus the `calendar_override` rows, which win. An operator adds a new year's
 * holidays, or corrects a day, through the admin route without a code change.
 *
 * Convention (see domain/working-days.ts): "within N working days of X" ends at 23:59:59.999
 * Asia/Shanghai on the N-th working day after X's date; X's own day is not counted.
 *
 * Each call reads the override table afresh (a few dozen rows a year), so every server
 * instance sees an operator's change at once.
 */
export default class ProcurementCalendarService extends MedusaService({ CalendarOverride }) {
  /** The calendar as of now (chinese-days + current overrides), for several computations at once. */
  @InjectManager()
  async getCalendar(@MedusaContext() sharedContext: Context = {}): Promise<WorkingDayCalendar> {
    const rows = (await this.listCalendarOverrides({}, { take: null }, sharedContext)) as CalendarOverrideDTO[]
    const overrides: Record<DateString, DomainOverride> = {}
    for (const row of rows) {
      overrides[row.date] = { working: row.is_working_day, name: row.name ?? undefined }
    }
    return withMedusaErrorsSync(() =>
      createWorkingDayCalendar({ baseIsWorkday: chineseDaysIsWorkday, overrides })
    )
  }

  async isWorkingDay(date: DateInput, sharedContext: Context = {}): Promise<boolean> {
    const calendar = await this.getCalendar(sharedContext)
    return withMedusaErrorsSync(() => calendar.isWorkingDay(date))
  }

  async dayInfo(date: DateInput, sharedContext: Context = {}): Promise<DayInfo> {
    const calendar = await this.getCalendar(sharedContext)
    return withMedusaErrorsSync(() => calendar.dayInfo(date))
  }

  /** The N-th working day after `start`'s Shanghai date ("YYYY-MM-DD"). */
  async addWorkingDays(start: DateInput, n: number, sharedContext: Context = {}): Promise<DateString> {
    const calendar = await this.getCalendar(sharedContext)
    return withMedusaErrorsSync(() => calendar.addWorkingDays(start, n))
  }

  async addCalendarDays(start: DateInput, n: number, sharedContext: Context = {}): Promise<DateString> {
    const calendar = await this.getCalendar(sharedContext)
    return withMedusaErrorsSync(() => calendar.addCalendarDays(start, n))
  }

  async workingDaysBetween(a: DateInput, b: DateInput, sharedContext: Context = {}): Promise<number> {
    const calendar = await this.getCalendar(sharedContext)
    return withMedusaErrorsSync(() => calendar.workingDaysBetween(a, b))
  }

  /** "Within N working days of start": 23:59:59.999 Shanghai on the N-th working day after it. */
  async workingDayDeadline(start: DateInput, n: number, sharedContext: Context = {}): Promise<Date> {
    const calendar = await this.getCalendar(sharedContext)
    return withMedusaErrorsSync(() => calendar.workingDayDeadline(start, n))
  }

  /** Whether the installed chinese-days ships the official arrangement of `year`. */
  baseCalendarCoversYear(year: number): boolean {
    return chineseDaysCoversYear(year)
  }

  /** Overrides of one year (or all), by date. */
  async listOverrides(year?: number, sharedContext: Context = {}): Promise<CalendarOverrideDTO[]> {
    if (year !== undefined && (!Number.isSafeInteger(year) || year < 1900 || year > 9999)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `year must be a four-digit year, got ${year}`)
    }
    const filters =
      year === undefined
        ? {}
        : { date: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } }
    return (await this.listCalendarOverrides(
      filters,
      { take: null, order: { date: "ASC" } },
      sharedContext
    )) as CalendarOverrideDTO[]
  }

  /**
   * Creates or replaces the override of `data.date`, and audits it in the same transaction
   * (action `calendar_override.upserted`): a changed calendar changes legal deadlines.
   */
  @InjectTransactionManager()
  async upsertOverride(
    data: UpsertCalendarOverrideInput,
    actor: AuditActor,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<CalendarOverrideDTO> {
    if (!isDateString(data.date)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `date must be a calendar date "YYYY-MM-DD", got ${JSON.stringify(data.date)}`
      )
    }
    if (typeof data.is_working_day !== "boolean") {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `is_working_day must be true or false`)
    }
    const [existing] = (await this.listCalendarOverrides(
      { date: data.date },
      { take: 1 },
      sharedContext
    )) as CalendarOverrideDTO[]
    const values = {
      is_working_day: data.is_working_day,
      name: data.name ?? null,
      note: data.note ?? null,
    }
    const saved = (existing
      ? await this.updateCalendarOverrides({ id: existing.id, ...values }, sharedContext)
      : await this.createCalendarOverrides({ date: data.date, ...values }, sharedContext)) as CalendarOverrideDTO
    await sharedContext.transactionManager!.flush()
    await appendAuditEntry(sharedContext.transactionManager!, {
      ...actor,
      action: "calendar_override.upserted",
      record_type: "calendar_override",
      record_id: saved.id,
      before: existing ? overrideState(existing) : undefined,
      after: overrideState(saved),
      metadata: { date: data.date },
    })
    return saved
  }

  /** Removes the override of `date` (the date falls back to chinese-days), audited. */
  @InjectTransactionManager()
  async removeOverride(
    date: DateString,
    actor: AuditActor,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<void> {
    const [existing] = (await this.listCalendarOverrides({ date }, { take: 1 }, sharedContext)) as CalendarOverrideDTO[]
    if (!existing) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `no calendar override for ${date}`)
    }
    await this.deleteCalendarOverrides(existing.id, sharedContext)
    await sharedContext.transactionManager!.flush()
    await appendAuditEntry(sharedContext.transactionManager!, {
      ...actor,
      action: "calendar_override.removed",
      record_type: "calendar_override",
      record_id: existing.id,
      before: overrideState(existing),
      metadata: { date },
    })
  }
}

function overrideState(row: CalendarOverrideDTO) {
  return { date: row.date, is_working_day: row.is_working_day, name: row.name ?? null, note: row.note ?? null }
}
