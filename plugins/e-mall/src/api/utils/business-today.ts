import { shanghaiDateString } from "@govmall/procurement-core/domain/clock"
import { procurementClock } from "@govmall/procurement-core/modules/procurement_clock"

/** Today's Asia/Shanghai date from the business clock (certificate validity). */
export function businessToday(): string {
  return shanghaiDateString(procurementClock.now())
}
