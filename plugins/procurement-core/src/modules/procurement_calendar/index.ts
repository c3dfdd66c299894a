import { Module } from "@medusajs/framework/utils"
import ProcurementCalendarService from "./service"

export const PROCUREMENT_CALENDAR_MODULE = "procurement_calendar"

export default Module(PROCUREMENT_CALENDAR_MODULE, {
  service: ProcurementCalendarService,
})

export { ProcurementCalendarService }
export type { CalendarOverrideDTO, UpsertCalendarOverrideInput } from "./service"
