import fs from "node:fs"
import os from "node:os"
import path from "node:path"

/**
 * Integration tests need a real PostgreSQL. Given DB_HOST (CI, or a developer with a
 * server) we use it; otherwise we start an embedded one for this run only, in a temp folder,
 * and remove it afterwards. medusaIntegrationTestRunner creates one database per spec file.
 * The variables must be set here, in the main process, because @medusajs/test-utils reads
 * them when it is first imported inside the workers (forks inherit this environment).
 */
export default async function setup() {
  process.env.NODE_ENV = "test"
  process.env.LOG_LEVEL ??= "error"
  if (process.env.DB_HOST) {
    process.env.DB_USERNAME ??= "postgres"
    process.env.DB_PASSWORD ??= ""
    console.log(`[tests] PostgreSQL at ${process.env.DB_HOST}:${process.env.DB_PORT ?? 5432}`)
    return () => undefined
  }

  // @ts-ignore — plain ESM helper shared with the start script
  const { startEmbeddedPostgres } = await import("../../scripts/lib/embedded-postgres.mjs")
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "govmall-test-pg-"))
  fs.chmodSync(root, 0o755)
  const port = Number(process.env.GOVMALL_TEST_PG_PORT ?? 54330 + Math.floor(Math.random() * 500))
  const db = await startEmbeddedPostgres({
    dataDir: path.join(root, "postgres"),
    port,
    database: "postgres",
    log: (line: string) => console.log(`[tests] ${line}`),
  })
  // "localhost", not 127.0.0.1: Medusa's test runner only disables SSL for that name.
  process.env.DB_HOST = "localhost"
  process.env.DB_PORT = String(db.port)
  process.env.DB_USERNAME = db.user
  process.env.DB_PASSWORD = db.password
  console.log(`[tests] embedded PostgreSQL on port ${db.port} (no DB_HOST given)`)
  return () => {
    db.stop()
    fs.rmSync(root, { recursive: true, force: true })
  }
}
