import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import type { MedusaContainer } from "@medusajs/framework/types"
import { sampleProducts } from "../../backend/src/scripts/seed/catalog-sample"
import { PRODUCTS } from "../../backend/src/scripts/seed/data/products"
import { seedDemoData, type SeedResult } from "../../backend/src/scripts/seed/index"

// The seed writes a state file and placeholder images; in tests they go to a temp folder
// so a test run never touches the developer's backend/.data or backend/static.
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "govmall-seed-"))
process.env.SEED_STATE_FILE = path.join(scratch, "seed-state.json")
process.env.SEED_STATIC_DIR = path.join(scratch, "static")
process.env.SEED_DEMO_KEYS_DIR = path.join(scratch, "keys")

/**
 * Seeds what a purchaser needs to check out (region, channel, key, warehouse) and a small
 * deterministic catalog (`sampleProducts(PRODUCTS)`: the first products of each category),
 * without the demo organizations, people and certificates: those, and the full catalog, take
 * most of a full seed's time. Specs that compute expectations from the catalog use
 * `STORE_PRODUCTS`.
 */
export async function seedStore(container: MedusaContainer): Promise<SeedResult> {
  return seedDemoData(container, { actors: false, catalog: "sample" })
}

/** The products `seedStore` creates. */
export const STORE_PRODUCTS = sampleProducts(PRODUCTS)

export function storeHeaders(seed: SeedResult) {
  return { headers: { "x-publishable-api-key": seed.setup.publishableKey } }
}
