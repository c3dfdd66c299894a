import type { ExecArgs, Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { seedDemoData } from "./seed/index"

/**
 * GovMall demo data. Run from backend/: `npx medusa exec ./src/scripts/seed.ts`.
 * Idempotent — see src/scripts/seed/README.md.
 */
export default async function seed({ container }: ExecArgs): Promise<void> {
  const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  const started = Date.now()
  const result = await seedDemoData(container)
  const actors = result.actors?.summary
  const certificates = result.certificates
  const offers = result.offers
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`
  logger.info(
    `[seed] done: ${result.catalog.categories} categories, ${result.catalog.products} products ` +
      `(${result.catalog.services} services), region ${result.state.region_id}, ` +
      `payment providers ${result.state.payment_provider_ids.join(", ")}; ` +
      (actors
        ? `${actors.organizations} organizations (suppliers: ${Object.entries(actors.suppliersByStatus)
            .map(([status, n]) => `${n} ${status}`)
            .join(", ")}), ${actors.members} members, ${actors.experts} experts; `
        : "") +
      (offers
        ? `${offers.references} reference prices, ${offers.offers} offers (${Object.entries(offers.byStatus)
            .map(([status, n]) => `${n} ${status}`)
            .join(", ")}); `
        : "") +
      (certificates
        ? certificates.holders === null
          ? "no certificates (platform CA not configured); "
          : `${certificates.holders} demo key holders (${certificates.keysGenerated} keys generated, ` +
            `${certificates.certificatesIssued} certificates issued) in ${certificates.keysDir}; `
        : "") +
      `${result.changes.length ? `${result.changes.length} changes` : "nothing to change"}; ` +
      `state in ${result.stateFile}`
  )
  logger.info(
    `[seed] took ${seconds(Date.now() - started)} (${Object.entries(result.timings)
      .map(([step, ms]) => `${step} ${seconds(ms)}`)
      .join(", ")})`
  )
}
