import type { MedusaContainer } from "@medusajs/framework/types"
import { expireOverduePriceReportsWorkflow } from "../workflows/price-reports"

/**
 * Hourly: deadlines end at 23:59:59.999 Shanghai, so an offer whose supplier did not lower the
 * price is delisted within the first hour of the next day, whatever the server's time zone.
 */
export default async function expireOverduePriceReportsJob(container: MedusaContainer) {
  await expireOverduePriceReportsWorkflow(container).run({
    input: { actor: { actor_type: "system", actor_id: "emall-price-report-deadline-job" } },
  })
}

export const config = {
  name: "emall-expire-overdue-price-reports",
  schedule: "15 * * * *",
}
