import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { type CatalogSummary, seedCatalog } from "./catalog"
import { sampleProducts } from "./catalog-sample"
import { type CertificatesSummary, seedCertificates } from "./certificates"
import { type CommerceSetup, seedCommerceSetup } from "./commerce-setup"
import { PRODUCTS } from "./data/products"
import { type OffersSummary, seedOffers } from "./offers"
import { type ActorsSummary, type SeededActors, seedOrganizations } from "./organizations"
import { seedStateFile } from "./paths"
import { SeedReport } from "./report"
import { type SeedState, writeSeedState } from "./state"

export interface SeedOptions {
  /**
   * Organizations, members, experts and their certificates (default true). Tests that only
   * need a store to check out from pass false: key generation and the ~40 enrolments take
   * most of a full seed's time. The e-mall offers need the suppliers, so they go too.
   */
  actors?: boolean
  /**
   * "full" (default): every demo product, as `npm start` seeds. "sample": the first few
   * products of each category (`catalog-sample.ts`), for tests that need only a store to buy
   * from — creating ~290 products is most of a store seed's time.
   */
  catalog?: "full" | "sample"
  /**
   * Demo key pairs and certificates for the organizations' admins and experts (default true,
   * with `actors`). The browser tests log in and buy but sign nothing yet, and ~40 RSA key
   * generations are a large part of a seed's time.
   */
  certificates?: boolean
}

export interface SeedResult {
  setup: CommerceSetup
  catalog: CatalogSummary
  /** Absent when seeded with `actors: false`. */
  actors?: { records: SeededActors; summary: ActorsSummary }
  certificates?: CertificatesSummary
  /** Absent when seeded with `actors: false`. */
  offers?: OffersSummary
  state: SeedState
  stateFile: string
  /** What this run created or changed; empty on a run over an already seeded database. */
  changes: string[]
  /** Milliseconds per step. */
  timings: Record<string, number>
}

/** Runs every seed step in order. Safe to run again: existing records are left alone. */
export async function seedDemoData(container: MedusaContainer, options: SeedOptions = {}): Promise<SeedResult> {
  const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  const report = new SeedReport(logger)
  const timings: Record<string, number> = {}
  const timed = async <T>(step: string, run: () => Promise<T>): Promise<T> => {
    const started = Date.now()
    try {
      return await run()
    } finally {
      timings[step] = Date.now() - started
    }
  }

  const setup = await timed("commerce", () => seedCommerceSetup(container, report))
  const products = options.catalog === "sample" ? sampleProducts(PRODUCTS) : PRODUCTS
  const catalog = await timed("catalog", () => seedCatalog(container, report, setup, products))
  let actors: SeedResult["actors"]
  let certificates: CertificatesSummary | undefined
  let offers: OffersSummary | undefined
  if (options.actors ?? true) {
    const { actors: records, summary } = await timed("organizations", () => seedOrganizations(container, report))
    actors = { records, summary }
    offers = await timed("offers", () => seedOffers(container, report, records, products))
    if (options.certificates ?? true) {
      certificates = await timed("certificates", () => seedCertificates(container, report, records))
    }
  }

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
  return { setup, catalog, actors, certificates, offers, state, stateFile, changes: report.changes, timings }
}
