import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import type { MedusaContainer } from "@medusajs/framework/types"
import { seedDemoData, type SeedResult } from "../../backend/src/scripts/seed/index"

// The seed writes a state file and placeholder images; in tests they go to a temp folder
// so a test run never touches the developer's backend/.data or backend/static.
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "govmall-seed-"))
process.env.SEED_STATE_FILE = path.join(scratch, "seed-state.json")
process.env.SEED_STATIC_DIR = path.join(scratch, "static")
process.env.SEED_DEMO_KEYS_DIR = path.join(scratch, "keys")

/**
 * Seeds what a purchaser needs to check out (region, channel, key, warehouse, catalog), without
 * the demo organizations, people and certificates: those take most of a full seed's time.
 */
export async function seedStore(container: MedusaContainer): Promise<SeedResult> {
  return seedDemoData(container, { actors: false })
}

export function storeHeaders(seed: SeedResult) {
  return { headers: { "x-publishable-api-key": seed.setup.publishableKey } }
}
