import fs from "node:fs"
import type { ExecArgs } from "@medusajs/framework/types"
import { seedDemoData } from "../../../backend/src/scripts/seed/index"

/**
 * The browser journeys' data, run by `medusa exec` against the scratch database: the demo
 * organizations and accounts with the sample catalog (first products of each category, their
 * offers from several suppliers), without demo key pairs — the journeys sign nothing yet.
 */
export default async function seedE2e({ container }: ExecArgs): Promise<void> {
  const result = await seedDemoData(container, { catalog: "sample", certificates: false })
  const out = process.env.E2E_SEED_OUT
  if (!out) throw new Error("E2E_SEED_OUT must name the file for the seed's result")
  fs.writeFileSync(
    out,
    JSON.stringify({
      publishable_key: result.setup.publishableKey,
      region_id: result.setup.regionId,
      products: result.catalog.products,
      offers: result.offers?.offers,
      timings: result.timings,
    })
  )
}
