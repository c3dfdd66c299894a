#!/usr/bin/env node
// `npm start`: the whole system on one machine with demo data. Starts (or reuses) the
// database, creates one-time secrets and the platform CA, migrates, seeds on the first run,
// then runs the backend (API + Medusa Admin) and the storefront until Ctrl-C, which stops
// everything this script started — the embedded database included.
//   --dev   also rebuild plugins on change and reload the backend
import { spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { startEmbeddedPostgres } from "./lib/embedded-postgres.mjs"
import { prepareSystem } from "./lib/setup.mjs"
import { backendDir, caDir, dataDir, developmentSecrets, repoRoot, storefrontDir } from "./lib/runtime-env.mjs"
import { DEMO_ADMIN } from "./lib/demo.mjs"

const dev = process.argv.includes("--dev")
const withStorefront = !process.argv.includes("--no-storefront")
const backendPort = Number(process.env.PORT ?? 9000)
const storefrontPort = Number(process.env.STOREFRONT_PORT ?? 5173)
const host = process.env.HOST ?? "127.0.0.1"
const children = []
let database
let stopping = false

const log = (message) => console.log(`[govmall] ${message}`)

async function main() {
  fs.mkdirSync(dataDir, { recursive: true })
  const env = { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true", DO_NOT_TRACK: "1" }

  if (!process.env.DATABASE_URL) {
    database = await startEmbeddedPostgres({
      dataDir: path.join(dataDir, "postgres"),
      port: Number(process.env.GOVMALL_PG_PORT ?? 54329),
      database: "govmall",
      log,
    })
    env.DATABASE_URL = database.url
    log(`embedded PostgreSQL on 127.0.0.1:${database.port} (data in ${path.relative(repoRoot, dataDir)}/postgres)`)
  } else {
    log("using DATABASE_URL")
  }
  Object.assign(env, developmentSecrets())
  env.GOVMALL_CA_DIR = caDir
  env.HOST = host
  env.PORT = String(backendPort)
  env.MEDUSA_BACKEND_URL ??= `http://localhost:${backendPort}`
  if (env.REDIS_URL) log(`Redis at ${env.REDIS_URL}: event bus, workflow engine, locking and cache use it`)
  const { publishableKey: key } = await prepareSystem({ env, appDir: backendDir, caDir, log })

  if (dev) watchPlugins()
  spawnChild("backend", "npx", ["medusa", "develop"], { cwd: backendDir, env })
  await waitForHttp(`http://127.0.0.1:${backendPort}/health`, 180_000)
  if (withStorefront) {
    spawnChild("storefront", "npx", ["vite", "--host", host, "--port", String(storefrontPort), "--strictPort"], {
      cwd: storefrontDir,
      env: {
        ...env,
        VITE_MEDUSA_BACKEND_URL: `http://localhost:${backendPort}`,
        VITE_MEDUSA_PUBLISHABLE_KEY: key,
        // The log-in page lists the demo purchasers (npm start is the demo).
        VITE_GOVMALL_DEMO: "true",
      },
    })
  }
  // Tools such as the benchmark find the running system here.
  fs.writeFileSync(
    path.join(dataDir, "runtime.json"),
    JSON.stringify({ backendUrl: `http://127.0.0.1:${backendPort}`, publishableKey: key }, null, 2)
  )
  printWelcome(key)
}

function spawnChild(name, command, args, options) {
  // Own process group, so Ctrl-C reaches grandchildren (npx → node) when we stop them.
  const child = spawn(command, args, { ...options, stdio: "inherit", detached: true })
  children.push({ name, child })
  child.on("exit", (code, signal) => {
    if (!stopping) {
      log(`${name} exited (${signal ?? code}); stopping everything`)
      shutdown(1)
    }
  })
  return child
}

// `medusa plugin:develop` needs yalc and publishes to a local registry; inside one workspace we
// only need to recompile: rebuild a plugin when its source changes, then touch the backend's
// config, because `medusa develop` does not watch node_modules or .medusa.
function watchPlugins() {
  const pluginsDir = path.join(repoRoot, "plugins")
  for (const plugin of fs.readdirSync(pluginsDir)) {
    const dir = path.join(pluginsDir, plugin)
    let timer
    let building = false
    let again = false
    const build = () => {
      if (building) {
        again = true
        return
      }
      building = true
      log(`rebuilding plugin ${plugin} …`)
      const child = spawn("npx", ["medusa", "plugin:build"], { cwd: dir, env: process.env, stdio: "inherit" })
      child.on("exit", (code) => {
        building = false
        if (code === 0) {
          const config = path.join(backendDir, "medusa-config.ts")
          const now = new Date()
          fs.utimesSync(config, now, now)
          log(`plugin ${plugin} rebuilt; the backend restarts`)
        } else {
          log(`plugin ${plugin} failed to build (exit ${code}); fix it and save again`)
        }
        if (again) {
          again = false
          build()
        }
      })
    }
    fs.watch(path.join(dir, "src"), { recursive: true }, (_event, file) => {
      if (file && (file.includes("__admin-extensions__") || file.endsWith(".spec.ts"))) return
      clearTimeout(timer)
      timer = setTimeout(build, 500)
    })
  }
}

async function waitForHttp(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url)
      if (response.ok) return
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`)
}

function printWelcome(key) {
  const lines = [
    "",
    "GovMall 政府采购电子卖场 is running:",
    `  Storefront 电子卖场     http://localhost:${storefrontPort}${withStorefront ? "" : " (not started)"}`,
    `  Medusa Admin 管理后台   http://localhost:${backendPort}/app`,
    `  API                    http://localhost:${backendPort}  (store key ${key})`,
    `  Admin log-in           ${DEMO_ADMIN.email} / ${DEMO_ADMIN.password}`,
    `  Other demo accounts    README.md "Demo accounts" (same password); keys in backend/demo/keys/`,
    "Press Ctrl-C to stop everything (the embedded database too).",
    "",
  ]
  console.log(lines.join("\n"))
}

function shutdown(code) {
  if (stopping) return
  stopping = true
  log("stopping …")
  for (const { child } of children) {
    try {
      process.kill(-child.pid, "SIGTERM")
    } catch {
      // already gone
    }
  }
  setTimeout(() => {
    for (const { child } of children) {
      try {
        process.kill(-child.pid, "SIGKILL")
      } catch {
        // already gone
      }
    }
    database?.stop()
    process.exit(code)
  }, 3000)
}

process.on("SIGINT", () => shutdown(0))
process.on("SIGTERM", () => shutdown(0))
main().catch((error) => {
  console.error(`[govmall] ${error.message}`)
  shutdown(1)
})
