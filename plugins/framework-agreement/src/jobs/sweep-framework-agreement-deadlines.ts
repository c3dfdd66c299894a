import type { MedusaContainer } from "@medusajs/framework/types"
import { sweepFrameworkAgreementDeadlinesWorkflow } from "../workflows/agreements-schedule"

/**
 * Hourly: signing windows, filing due dates and terms end at a Shanghai midnight, so an
 * agreement lapses, is warned about or expires within the first hour of the next day, whatever
 * the server's time zone; tests move the business clock and call this function.
 */
export default async function sweepFrameworkAgreementDeadlinesJob(container: MedusaContainer) {
  return await sweepFrameworkAgreementDeadlinesWorkflow(container).run({
    input: { actor: { actor_type: "system", actor_id: "framework-agreement-deadline-job" } },
  })
}

export const config = {
  name: "framework-agreement-sweep-deadlines",
  schedule: "5 * * * *",
}
