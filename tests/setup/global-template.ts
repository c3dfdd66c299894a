import { spawnSync } from "node:child_process"
import path from "node:path"
import pg from "pg"

/**
 * Every spec file boots the app on a database of its own. Migrating ~200 tables from nothing
 * costs each file several seconds (≈10 s of a 35 s `medusa db:migrate` on a loaded 2-core
 * machine), so the run migrates one template database here, once, with the command
 * production uses, and `tests/helpers/integration-runner.ts` creates each file's database as
 * a copy of it (well under a second). The app still runs its migrations and link sync at
 * boot; they find nothing pending.
 *
 * Runs after global-database.ts (DB_* variables) and global-ca.ts (GOVMALL_CA_DIR: the
 * e-signature module refuses to load without it).
 */
export default async function setup() {
  if (process.env.GOVMALL_TEST_TEMPLATE_DB) return () => undefined
  const name = `govmall-test-template-${process.pid}-${Date.now().toString(36)}`
  const admin = () =>
    new pg.Client({
      host: process.env.DB_HOST,
      port: Number(process.env.DB_PORT ?? 5432),
      user: process.env.DB_USERNAME,
      password: process.env.DB_PASSWORD || undefined,
      database: "postgres",
    })
  const client = admin()
  await client.connect()
  await client.query(`CREATE DATABASE "${name}"`)
  await client.end()

  const user = encodeURIComponent(process.env.DB_USERNAME ?? "postgres")
  const password = process.env.DB_PASSWORD ? `:${encodeURIComponent(process.env.DB_PASSWORD)}` : ""
  const url = `postgres://${user}${password}@${process.env.DB_HOST}:${process.env.DB_PORT ?? 5432}/${name}`
  const started = Date.now()
  const result = spawnSync("npx", ["medusa", "db:migrate", "--skip-scripts", "--execute-safe-links"], {
    cwd: path.resolve(__dirname, "../../backend"),
    env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: "error", NODE_ENV: "test", REDIS_URL: "" },
    encoding: "utf8",
  })
  if (result.status !== 0) {
    throw new Error(`migrating the template database ${name} failed:\n${result.stdout}\n${result.stderr}`)
  }
  console.log(`[tests] template database ${name} migrated in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  process.env.GOVMALL_TEST_TEMPLATE_DB = name

  return async () => {
    const client = admin()
    await client.connect()
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
    await client.end()
  }
}
