import { Module } from "@medusajs/framework/utils"
import ProcurementClockService from "./service"

export const PROCUREMENT_CLOCK_MODULE = "procurement_clock"

export default Module(PROCUREMENT_CLOCK_MODULE, {
  service: ProcurementClockService,
})

export { procurementClock } from "./shared-clock"
export { ProcurementClockService }
