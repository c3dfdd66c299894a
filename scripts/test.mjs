#!/usr/bin/env node
// `npm test`: builds the plugins (HTTP tests run the built plugin code, as production does),
// finds Redis, then runs every vitest project — unit, integration and the storefront's browser
// journeys (e2e: Debian's /usr/bin/chromium; skipped without it, a failure under CI=true) — and
// prints one plain closing line with the totals. Integration tests use the PostgreSQL named by
// DB_HOST, or an embedded one started for the run. Without Redis the Redis tests are skipped and the run
// says so; under CI=true a missing Redis is a failure.
import { spawnSync } from "node:child_process"
import fs from "node:fs"
import net from "node:net"
import os from "node:os"
import path from "node:path"
import { repoRoot } from "./lib/runtime-env.mjs"

const extraArgs = process.argv.slice(2)
const env = { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true", DO_NOT_TRACK: "1" }

function step(title, command, args) {
  const started = Date.now()
  console.log(`\n[test] ${title}`)
  const result = spawnSync(command, args, { cwd: repoRoot, env, stdio: "inherit" })
  console.log(`[test] ${title}: ${((Date.now() - started) / 1000).toFixed(1)} s`)
  return result.status ?? 1
}

function redisAnswers(url) {
  const { hostname, port } = new URL(url)
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 6379) })
    socket.setTimeout(1000)
    socket.once("connect", () => {
      socket.write("PING\r\n")
    })
    socket.once("data", (data) => {
      socket.destroy()
      resolve(data.toString().startsWith("+PONG"))
    })
    socket.once("timeout", () => {
      socket.destroy()
      resolve(false)
    })
    socket.once("error", () => resolve(false))
  })
}

if (step("building plugins", "npm", ["run", "build:plugins"]) !== 0) process.exit(1)

const candidate = env.REDIS_URL || "redis://127.0.0.1:6379"
if (await redisAnswers(candidate)) {
  env.REDIS_URL = candidate
  console.log(`[test] Redis at ${candidate}: the Redis and two-instance tests run`)
} else {
  delete env.REDIS_URL
  if (env.CI === "true") {
    console.error(`[test] no Redis answers at ${candidate}; under CI=true the Redis tests must run`)
    process.exit(1)
  }
  console.log(`[test] no Redis at ${candidate}: the Redis and two-instance tests are SKIPPED (set REDIS_URL to run them)`)
}

const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "govmall-vitest-")), "report.json")
const status = step("vitest (unit + integration)", "npx", [
  "vitest",
  "run",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${report}`,
  ...extraArgs,
])

if (fs.existsSync(report)) {
  const totals = JSON.parse(fs.readFileSync(report, "utf8"))
  const skipped = totals.numPendingTests + totals.numTodoTests
  // A file that fails before its tests run (an import or setup error) has no failed test of
  // its own; count it, so the closing line never says 0 failed for a failed run.
  const brokenFiles = totals.testResults.filter(
    (file) => file.status === "failed" && !file.assertionResults.some((test) => test.status === "failed")
  ).length
  console.log(`\ntests: ${totals.numPassedTests} passed, ${totals.numFailedTests + brokenFiles} failed, ${skipped} skipped`)
}
process.exit(status)
