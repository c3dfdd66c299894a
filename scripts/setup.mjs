#!/usr/bin/env node
// Production setup step (docker-compose's `setup` service): migrate, create the platform CA,
// seed the demo data once. Needs DATABASE_URL; runs from the built app when there is one.
import fs from "node:fs"
import path from "node:path"
import { prepareSystem } from "./lib/setup.mjs"
import { backendDir, caDir } from "./lib/runtime-env.mjs"

if (!process.env.DATABASE_URL) {
  console.error("[setup] DATABASE_URL is required")
  process.exit(1)
}
const built = path.join(backendDir, ".medusa", "server")
const appDir = fs.existsSync(path.join(built, "medusa-config.js")) ? built : backendDir
await prepareSystem({
  env: { ...process.env },
  appDir,
  caDir,
  seed: process.env.GOVMALL_SEED_DEMO !== "false",
  log: (message) => console.log(`[setup] ${message}`),
})
console.log("[setup] done")
