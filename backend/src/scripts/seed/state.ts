import fs from "fs"
import path from "path"

/**
 * What the start script needs after seeding, written to backend/.data/seed-state.json
 * (override with SEED_STATE_FILE). The key is publishable: it only scopes store requests
 * to the e-mall sales channel, it grants no admin rights.
 */
export interface SeedState {
  publishable_key: string
  sales_channel_id: string
  region_id: string
  stock_location_id: string
  shipping_option_id: string
  payment_provider_ids: string[]
}

/** Writes the state file unless it already holds the same content; returns whether it wrote. */
export function writeSeedState(file: string, state: SeedState): boolean {
  const json = `${JSON.stringify(state, null, 2)}\n`
  if (fs.existsSync(file) && fs.readFileSync(file, "utf8") === json) {
    return false
  }
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, json)
  return true
}

export function readSeedState(file: string): SeedState | undefined {
  if (!fs.existsSync(file)) {
    return undefined
  }
  return JSON.parse(fs.readFileSync(file, "utf8")) as SeedState
}
