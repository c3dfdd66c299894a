import { model } from "@medusajs/framework/utils"

/**
 * An operator's correction of the working-day calendar for one Asia/Shanghai date: a holiday the
 * installed `chinese-days` does not know yet (a new year's State Council notice), an adjusted
 * working weekend, or a local closure. It wins over chinese-days for that date.
 */
const CalendarOverride = model.define("calendar_override", {
  id: model.id({ prefix: "calo" }).primaryKey(),
  /** "YYYY-MM-DD", Asia/Shanghai. */
  date: model.text().unique(),
  is_working_day: model.boolean(),
  /** e.g. "元旦", "春节调休上班". */
  name: model.text().nullable(),
  /** Source or reason, e.g. the notice number. */
  note: model.text().nullable(),
})

export default CalendarOverride
