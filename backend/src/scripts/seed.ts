import type { ExecArgs, Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { seedDemoData } from "./seed/index"

/**
 * GovMall demo data. Run from backend/: `npx medusa exec ./src/scripts/seed.ts`.
 * Idempotent — see src/scripts/seed/README.md.
 */
export default async function seed({ container }: ExecArgs): Promise<void> {
  const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  const result = await seedDemoData(container)
  logger.info(
    `[seed] done: ${result.catalog.categories} categories, ${result.catalog.products} products ` +
      `(${result.catalog.services} services), region ${result.state.region_id}, ` +
      `payment providers ${result.state.payment_provider_ids.join(", ")}; ` +
      `${result.changes.length ? `${result.changes.length} changes` : "nothing to change"}; ` +
      `state in ${result.stateFile}`
  )
}
