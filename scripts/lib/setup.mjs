// The one-time and every-start preparation shared by `npm start` and the production setup
// container: the database exists and is migrated, the platform CA exists, and the demo data
// is seeded on the first run only. It runs before any server or worker starts, so instances
// starting together never race to create one-time state.
import { spawnSync } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import pg from "pg"
import { SEED_MARKER_KEY_TITLE } from "./demo.mjs"
import { ensurePlatformCa } from "./platform-ca.mjs"

export async function prepareSystem({ env, appDir, caDir, log, seed = true }) {
  if (ensurePlatformCa(caDir)) log(`created the platform CA in ${caDir}`)
  await ensureDatabaseExists(env.DATABASE_URL)
  log("migrating the database …")
  medusa(appDir, ["db:migrate", "--execute-safe-links"], env)

  let key = await findPublishableKey(env.DATABASE_URL)
  if (!key && seed) {
    log("first run: seeding demo data …")
    const built = fs.existsSync(path.join(appDir, "medusa-config.js"))
    // The seed also creates the demo accounts, the platform admin among them.
    medusa(appDir, ["exec", built ? "./src/scripts/seed.js" : "./src/scripts/seed.ts"], env)
    key = await findPublishableKey(env.DATABASE_URL)
    if (!key) throw new Error("the seed did not create the publishable API key")
  }
  return { publishableKey: key }
}

export function medusa(appDir, args, env) {
  const result = spawnSync("npx", ["medusa", ...args], { cwd: appDir, env, stdio: "inherit" })
  if (result.status !== 0) {
    throw new Error(`medusa ${args.join(" ")} failed (exit ${result.status})`)
  }
  return result.status
}

export async function ensureDatabaseExists(url) {
  const name = decodeURIComponent(new URL(url).pathname.slice(1))
  const admin = new URL(url)
  admin.pathname = "/postgres"
  const client = new pg.Client({ connectionString: admin.toString() })
  await client.connect()
  try {
    const found = await client.query("select 1 from pg_database where datname = $1", [name])
    if (found.rowCount === 0) await client.query(`create database "${name.replace(/"/g, '""')}"`)
  } finally {
    await client.end()
  }
}

export async function findPublishableKey(url) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const exists = await client.query("select to_regclass('public.api_key') as t")
    if (!exists.rows[0].t) return undefined
    const found = await client.query(
      "select token from api_key where title = $1 and type = 'publishable' and revoked_at is null and deleted_at is null limit 1",
      [SEED_MARKER_KEY_TITLE]
    )
    return found.rows[0]?.token
  } finally {
    await client.end()
  }
}
