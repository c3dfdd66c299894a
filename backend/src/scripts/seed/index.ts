import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { type CatalogSummary, seedCatalog } from "./catalog"
import { type CommerceSetup, seedCommerceSetup } from "./commerce-setup"
import { seedStateFile } from "./paths"
import { SeedReport } from "./report"
import { type SeedState, writeSeedState } from "./state"

export interface SeedResult {
  setup: CommerceSetup
  catalog: CatalogSummary
  state: SeedState
  stateFile: string
  /** What this run created or changed; empty on a run over an already seeded database. */
  changes: string[]
}

/** Runs every seed step in order. Safe to run again: existing records are left alone. */
export async function seedDemoData(container: MedusaContainer): Promise<SeedResult> {
  const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  const report = new SeedReport(logger)

  const setup = await seedCommerceSetup(container, report)
  const catalog = await seedCatalog(container, report, setup)

  const state: SeedState = {
    publishable_key: setup.publishableKey,
    sales_channel_id: setup.salesChannelId,
    region_id: setup.regionId,
    stock_location_id: setup.stockLocationId,
    shipping_option_id: setup.shippingOptionId,
    payment_provider_ids: setup.paymentProviderIds,
  }
  const stateFile = seedStateFile()
  if (writeSeedState(stateFile, state)) {
    logger.info(`[seed] wrote ${stateFile}`)
  }
  return { setup, catalog, state, stateFile, changes: report.changes }
}
