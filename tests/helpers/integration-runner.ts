import { randomUUID } from "node:crypto"
import pg from "pg"
import { medusaIntegrationTestRunner as medusaRunner } from "@medusajs/test-utils"

type RunnerOptions = Parameters<typeof medusaRunner>[0]

/**
 * Medusa's integration test runner, with the spec file's database created as a copy of the
 * run's migrated template (tests/setup/global-template.ts) instead of migrated from nothing.
 * Everything else — boot, per-test restore, cleanup — is Medusa's own. Without a template
 * (a spec started outside the integration project's global setup) it migrates as usual.
 */
export function medusaIntegrationTestRunner(options: RunnerOptions) {
  const template = process.env.GOVMALL_TEST_TEMPLATE_DB
  if (!template) return medusaRunner(options)
  // Same pattern as Medusa's default name, so leftover-database clean-ups still match it.
  const dbName = options.dbName ?? `medusa-${(options.moduleName ?? randomUUID()).toLowerCase()}-integration-1`
  return medusaRunner({
    ...options,
    dbName,
    hooks: {
      ...options.hooks,
      beforeServerStart: async (container) => {
        await copyTemplate(template, dbName)
        await options.hooks?.beforeServerStart?.(container)
      },
    },
  })
}

async function copyTemplate(template: string, dbName: string) {
  const client = new pg.Client({
    host: process.env.DB_HOST,
    port: Number(process.env.DB_PORT ?? 5432),
    user: process.env.DB_USERNAME,
    password: process.env.DB_PASSWORD || undefined,
    database: "postgres",
  })
  await client.connect()
  try {
    await client.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`)
    await client.query(`CREATE DATABASE "${dbName}" TEMPLATE "${template}"`)
  } finally {
    await client.end()
  }
}
