#!/usr/bin/env node
// The e-mall's speed next to vanilla Medusa, measured side by side in one run on loopback
// (not a test):
//
//   DB_HOST=localhost DB_USERNAME=postgres node bench/catalog-and-purchase.mjs
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres node bench/catalog-and-purchase.mjs
//
// 1. Builds the plugins and the backend (`medusa build`; --skip-build to reuse a build).
// 2. Creates a scratch database govmall_bench_<time>_<pid> on that PostgreSQL server (only the
//    server is taken from DATABASE_URL; an existing database is never touched), migrates it and
//    seeds the demo data, then the bench fixture (bench suppliers with approved offers on every
//    product, a purchaser with a token, stock).
// 3. Starts its own backend with `medusa start` from backend/.medusa/server, NODE_ENV=production
//    (as the Dockerfile's server), on a free loopback port, no Redis (the machine's Redis may be
//    shared with other apps whose event queues it must not touch).
// 4. Demo data: autocannon (c=10, --duration s each) on the purchaser catalog (GET /catalog/products:
//    list, ?q=台式计算机, ?q=空调, a filtered list; offers of one product; the list through its
//    /store/catalog alias) and c=10 request loops on vanilla GET /store/products?limit=20;
//    then vanilla 7-request checkouts vs one-request direct purchases (c=10 loops).
// 5. Adds --products (20,000) generated products with 3 approved offers each
//    (plugins/e-mall/src/scripts/bench-generated-catalog.ts) while the server keeps running, and
//    measures vanilla and the catalog again. After each data load: VACUUM ANALYZE (the
//    machines' PostgreSQL runs with autovacuum off).
// 6. Prints req/s, p50/p99, the ratio to vanilla, the load average before/after each phase and a
//    JSON line; stops the backend it started (by its process group id) and drops the scratch
//    database (--keep-db keeps it).
// Options: --duration 15 --connections 10 --products 20000 --skip-build --keep-db
//          --cpu-prof <dir>  (the backend writes a V8 CPU profile there when it stops)
//          --reuse-db govmall_bench_…  (a database an earlier --keep-db run left; seeds are idempotent)
import { spawn, spawnSync } from "node:child_process"
import fs from "node:fs"
import net from "node:net"
import os from "node:os"
import path from "node:path"
import { parseArgs } from "node:util"
import autocannon from "autocannon"
import pg from "pg"

// Secrets, the platform CA and the seed's side files go to a scratch folder, not backend/.data.
const scratch = process.env.GOVMALL_DATA_DIR ?? path.join(os.tmpdir(), `govmall-bench-data-${process.pid}`)
process.env.GOVMALL_DATA_DIR = scratch
process.env.SEED_STATE_FILE ??= path.join(scratch, "seed-state.json")
process.env.SEED_STATIC_DIR ??= path.join(scratch, "static")
process.env.SEED_DEMO_KEYS_DIR ??= path.join(scratch, "keys")
const { prepareSystem, medusa } = await import("../scripts/lib/setup.mjs")
const { backendDir, caDir, developmentSecrets, repoRoot } = await import("../scripts/lib/runtime-env.mjs")

const { values } = parseArgs({
  options: {
    duration: { type: "string", default: "15" },
    connections: { type: "string", default: "10" },
    products: { type: "string", default: "20000" },
    "skip-build": { type: "boolean", default: false },
    "keep-db": { type: "boolean", default: false },
    "cpu-prof": { type: "string" },
    "reuse-db": { type: "string" },
  },
})
const duration = Number(values.duration)
const connections = Number(values.connections)
const generatedProducts = Number(values.products)
const log = (m) => console.error(`[bench] ${m}`)

const serverUrl = databaseServerUrl()
const dbName = values["reuse-db"] ?? `govmall_bench_${new Date().toISOString().replace(/\D/g, "").slice(0, 14)}_${process.pid}`
if (!/^govmall_bench_\w+$/.test(dbName)) {
  console.error("--reuse-db takes a database this script created (govmall_bench_…), never real data")
  process.exit(2)
}
const databaseUrl = new URL(serverUrl)
databaseUrl.pathname = `/${dbName}`

let backend = null
let backendBase = ""
let dbCreated = false
const cleanup = async () => {
  if (backend?.pid && backend.exitCode === null) {
    log(`stopping the backend (process group ${backend.pid}) …`)
    try {
      process.kill(-backend.pid, "SIGTERM")
    } catch {}
    const exited = await Promise.race([
      new Promise((r) => backend.once("exit", () => r(true))),
      new Promise((r) => setTimeout(() => r(false), 15_000)),
    ])
    if (!exited) {
      try {
        process.kill(-backend.pid, "SIGKILL")
      } catch {}
    }
  }
  if (dbCreated && !values["keep-db"]) {
    await admin(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`).catch((e) => log(`could not drop ${dbName}: ${e.message}`))
    log(`dropped the scratch database ${dbName}`)
  } else if (dbCreated) {
    log(`kept the scratch database ${dbName}`)
  }
  fs.rmSync(scratch, { recursive: true, force: true })
}
process.on("SIGINT", () => cleanup().finally(() => process.exit(130)))

async function main() {
  const appDir = path.join(backendDir, ".medusa", "server")
  const port = await freePort()
  const env = {
    ...process.env,
    ...developmentSecrets(),
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl.toString(),
    GOVMALL_CA_DIR: caDir,
    HOST: "127.0.0.1",
    PORT: String(port),
    MEDUSA_BACKEND_URL: `http://127.0.0.1:${port}`,
    DISABLE_MEDUSA_ADMIN: "true",
    MEDUSA_DISABLE_TELEMETRY: "true",
    LOG_LEVEL: process.env.LOG_LEVEL ?? "error",
  }
  delete env.REDIS_URL

  if (!values["skip-build"]) {
    log("building the plugins and the backend …")
    run("npm", ["run", "build:plugins"], repoRoot, env)
    run("npm", ["run", "build", "--workspace", "backend"], repoRoot, env)
  }
  if (!fs.existsSync(path.join(appDir, "medusa-config.js"))) throw new Error(`no build in ${appDir}: run without --skip-build`)

  if (values["reuse-db"]) {
    log(`reusing the scratch database ${dbName} (kept by an earlier --keep-db run)`)
  } else {
    log(`creating the scratch database ${dbName} on ${databaseUrl.host} …`)
    await admin(`CREATE DATABASE "${dbName}"`)
    dbCreated = true
  }
  const { publishableKey: key } = await prepareSystem({ env, appDir, caDir, log })

  const fixtureFile = path.join(scratch, "bench-fixture.json")
  const pluginScripts = path.join(repoRoot, "plugins/e-mall/.medusa/server/src/scripts")
  log("bench fixture (suppliers, offers, purchaser, stock) …")
  medusa(appDir, ["exec", path.relative(appDir, path.join(pluginScripts, "bench-fixture.js"))], { ...env, BENCH_FIXTURE_OUT: fixtureFile })
  const fixture = JSON.parse(fs.readFileSync(fixtureFile, "utf8"))
  await vacuumAnalyze()

  log(`starting the backend (medusa start, NODE_ENV=production) on 127.0.0.1:${port} …`)
  // Node itself (no npx in between) so that the PID is the server's and --cpu-prof applies.
  const profile = values["cpu-prof"] ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(values["cpu-prof"])}`] : []
  backend = spawn(process.execPath, [...profile, path.join(repoRoot, "node_modules/@medusajs/cli/cli.js"), "start"], {
    cwd: appDir,
    env,
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  })
  const base = `http://127.0.0.1:${port}`
  backendBase = base
  await waitForHttp(`${base}/health`, 180_000)

  const store = { "x-publishable-api-key": key }
  const purchaser = { ...store, authorization: `Bearer ${fixture.token}`, "content-type": "application/json" }
  const get = async (p) => {
    // One retry: after minutes idle (the fixture generation) a kept-alive socket the server
    // already closed can fail the first write (EPIPE).
    const r = await fetch(base + p, { headers: store }).catch(() => fetch(base + p, { headers: store }))
    if (!r.ok) throw new Error(`GET ${p} → ${r.status} ${await r.text()}`)
    return await r.json()
  }
  const q = (term) => `/catalog/products?limit=20&q=${encodeURIComponent(term)}`

  // The filter and product of the offers comparison come from the catalog itself.
  async function catalogPaths() {
    const list = await get("/catalog/products?limit=20")
    const desktops = await get(q("台式计算机"))
    const product = desktops.products[0] ?? list.products[0]
    const filtered = `/catalog/products?limit=20&category_id=${product.category_ids[0]}&region_code=140105&price_max=2000000`
    const paths = {
      "GET /catalog/products?limit=20": "/catalog/products?limit=20",
      "GET /catalog/products?q=台式计算机": q("台式计算机"),
      "GET /catalog/products?q=空调": q("空调"),
      "GET /catalog/products?category_id&region_code&price_max": filtered,
      "GET /catalog/products/:id/offers": `/catalog/products/${product.product_id}/offers`,
      // The same handler behind Medusa's /store chain (publishable-key middleware and the rest).
      "GET /store/catalog?limit=20 (alias under /store)": "/store/catalog?limit=20",
    }
    for (const [what, p] of Object.entries(paths)) {
      const body = await get(p)
      log(`${what}: ${body.products?.length ?? body.offers?.length} rows, count ${body.count}${body.count_capped ? "+" : ""}`)
    }
    return paths
  }

  async function measureReads(phase) {
    await get("/store/products?limit=20")
    const paths = await catalogPaths()
    // Vanilla last, and each measurement only once the backend answers promptly again. Vanilla
    // runs as request loops that wait for their last answers (autocannon drops the requests
    // still in flight at the end of its window: on 20,000 products one vanilla request can take
    // longer than the window, which read as 0 req/s).
    const loadBefore = loadAverage()
    const rows = []
    for (const [what, p] of Object.entries(paths)) rows.push(await settled(() => cannon(what, p, store, base)))
    rows.unshift(await settled(() => loop("vanilla GET /store/products?limit=20", () => getOk(base, "/store/products?limit=20", store))))
    await settled(async () => {})
    const result = { phase, rows, load_before: loadBefore, load_after: loadAverage() }
    report([result])
    return result
  }

  const phases = []
  phases.push(await measureReads(`demo data (${fixture.products} products)`))

  const desktop = await get(`/store/products?q=${encodeURIComponent("台式计算机")}&limit=1&fields=id,*variants`)
  const variantId = desktop.products[0].variants[0].id
  const regions = await get("/store/regions")
  const regionId = regions.regions.find((r) => r.currency_code === "cny").id
  const loadBefore = loadAverage()
  const vanillaCheckout = await loop("vanilla 7-request checkout (checkouts/s)", () => checkout(base, store, regionId, variantId))
  let n = 0
  const purchase = await loop("POST /store/emall/direct-purchase (purchases/s)", () =>
    directPurchase(base, purchaser, fixture.offer_ids[n++ % fixture.offer_ids.length])
  )
  phases.push({ phase: "purchase, demo data", rows: [vanillaCheckout, purchase], load_before: loadBefore, load_after: loadAverage() })
  report(phases.slice(-1))

  if (generatedProducts > 0) {
    log(`generating ${generatedProducts} products with 3 offers each (the backend keeps running) …`)
    medusa(appDir, ["exec", path.relative(appDir, path.join(pluginScripts, "bench-generated-catalog.js"))], {
      ...env,
      BENCH_GENERATED_PRODUCTS: String(generatedProducts),
    })
    await vacuumAnalyze()
    phases.push(await measureReads(`${generatedProducts} generated products × 3 offers (+ demo)`))
  }

  console.log("\nall phases:")
  report(phases)
}

function report(phases) {
  const out = []
  for (const { phase, rows, load_before, load_after } of phases) {
    const baseline = rows[0].per_s
    console.log(`\n## ${phase} — load average before ${load_before.join(" / ")}, after ${load_after.join(" / ")} (1/5/15 min, ${os.cpus().length} CPUs)`)
    console.table(
      rows.map((r, i) => ({
        what: r.what,
        "per s": r.per_s,
        "p50 ms": r.p50_ms,
        "p99 ms": r.p99_ms,
        "× vanilla": i === 0 ? "" : Math.round((r.per_s / baseline) * 10) / 10,
        ok: r.ok,
        failed: r.failed,
      }))
    )
    out.push({ phase, load_before, load_after, rows: rows.map((r, i) => ({ ...r, ratio: i === 0 ? null : Math.round((r.per_s / baseline) * 10) / 10 })) })
  }
  console.log("\ntargets: catalog ≥ 20× vanilla with p99 ≤ 100 ms; direct purchase ≥ 10× vanilla checkouts")
  console.log(JSON.stringify({ connections, duration_s: duration, cpus: os.cpus().length, phases: out }))
}

/** Waits until /health answers within 200 ms (the backend has drained earlier work), then runs `task`. */
async function settled(task) {
  const base = backendBase
  for (let i = 0; i < 600; i++) {
    const t0 = performance.now()
    const ok = await fetch(`${base}/health`).then((r) => r.ok, () => false)
    if (ok && performance.now() - t0 < 200) break
    await new Promise((r) => setTimeout(r, 500))
  }
  return await task()
}

async function cannon(what, p, headers, base) {
  const r = await autocannon({ url: base + p, headers, connections, duration })
  return {
    what,
    per_s: Math.round(r.requests.average * 10) / 10,
    p50_ms: r.latency.p50,
    p99_ms: r.latency.p99,
    ok: r["2xx"],
    failed: r.non2xx + r.errors + r.timeouts,
  }
}

/** `connections` loops running `task` back to back for `duration` seconds. */
async function loop(what, task) {
  const until = Date.now() + duration * 1000
  const latencies = []
  let failed = 0
  let firstError = null
  const started = Date.now()
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < until) {
        const t0 = performance.now()
        try {
          await task()
          latencies.push(performance.now() - t0)
        } catch (error) {
          failed++
          firstError ??= error.message
          if (failed > 100 && failed > latencies.length) break // broken, not slow: stop hammering
        }
      }
    })
  )
  const elapsed = (Date.now() - started) / 1000
  latencies.sort((a, b) => a - b)
  const pct = (q) => (latencies.length ? Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]) : null)
  if (firstError) log(`${what}: first error: ${firstError}`)
  return { what, per_s: Math.round((latencies.length / elapsed) * 100) / 100, p50_ms: pct(0.5), p99_ms: pct(0.99), ok: latencies.length, failed }
}

const ADDRESS = {
  first_name: "李",
  last_name: "明",
  address_1: "迎泽大街 100 号",
  city: "太原市",
  province: "山西省",
  postal_code: "030001",
  country_code: "cn",
  phone: "0351-0000000",
}
const TREASURY = { provider_id: "pp_govpay_treasury", data: { budget_indicator_code: "2026-BI-0001" } }
let checkouts = 0

async function call(base, method, p, body, headers) {
  const r = await fetch(base + p, {
    method,
    headers: body ? { ...headers, "content-type": "application/json" } : headers,
    body: body ? JSON.stringify(body) : undefined,
  })
  const json = await r.json().catch(() => ({}))
  if (!r.ok) throw new Error(`${method} ${p} → ${r.status} ${json.message ?? ""}`)
  return json
}

async function getOk(base, p, headers) {
  const r = await fetch(base + p, { headers })
  await r.arrayBuffer()
  if (!r.ok) throw new Error(`GET ${p} → ${r.status}`)
}

async function checkout(base, headers, regionId, variantId) {
  const email = `bench-${process.pid}-${++checkouts}@govmall.test`
  const { cart } = await call(base, "POST", "/store/carts", { region_id: regionId, email, items: [{ variant_id: variantId, quantity: 1 }] }, headers)
  await call(base, "POST", `/store/carts/${cart.id}`, { shipping_address: ADDRESS, billing_address: ADDRESS }, headers)
  const { shipping_options } = await call(base, "GET", `/store/shipping-options?cart_id=${cart.id}`, undefined, headers)
  await call(base, "POST", `/store/carts/${cart.id}/shipping-methods`, { option_id: shipping_options[0].id }, headers)
  const { payment_collection } = await call(base, "POST", "/store/payment-collections", { cart_id: cart.id }, headers)
  await call(base, "POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, TREASURY, headers)
  const done = await call(base, "POST", `/store/carts/${cart.id}/complete`, {}, headers)
  if (done.type !== "order") throw new Error(`checkout did not place an order: ${done.error?.message}`)
}

async function directPurchase(base, headers, offerId) {
  const done = await call(
    base,
    "POST",
    "/store/emall/direct-purchase",
    { offer_id: offerId, quantity: 1, shipping_address: { ...ADDRESS, metadata: { region_code: "140105" } }, payment: TREASURY },
    headers
  )
  if (!done.emall_orders?.length) throw new Error("direct purchase placed no order")
}

/** postgres://user:password@host:port/postgres from DATABASE_URL or DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD. */
function databaseServerUrl() {
  let url
  if (process.env.DATABASE_URL) {
    url = new URL(process.env.DATABASE_URL)
  } else if (process.env.DB_HOST) {
    url = new URL("postgres://localhost")
    url.hostname = process.env.DB_HOST
    url.port = process.env.DB_PORT ?? "5432"
    url.username = process.env.DB_USERNAME ?? "postgres"
    if (process.env.DB_PASSWORD) url.password = process.env.DB_PASSWORD
  } else {
    console.error("DATABASE_URL or DB_HOST is required: the PostgreSQL server on which the bench creates its scratch database")
    process.exit(2)
  }
  url.pathname = "/postgres"
  url.search = ""
  return url.toString()
}

/**
 * VACUUM ANALYZE of the scratch database after loading data, for vanilla and the e-mall alike:
 * the PostgreSQL of these machines runs with autovacuum off, so without it every table keeps
 * the statistics (none) and visibility map (empty) of the moment it was created, which no
 * production database has (autovacuum would have analysed it within a minute).
 */
async function vacuumAnalyze() {
  log("VACUUM ANALYZE (the server's autovacuum is off) …")
  const client = new pg.Client({ connectionString: databaseUrl.toString() })
  await client.connect()
  try {
    await client.query("VACUUM ANALYZE")
  } finally {
    await client.end()
  }
}

async function admin(sql) {
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

function run(cmd, args, cwd, env) {
  const result = spawnSync(cmd, args, { cwd, env, stdio: ["ignore", "inherit", "inherit"] })
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed (exit ${result.status})`)
}

function loadAverage() {
  return os.loadavg().map((x) => Math.round(x * 100) / 100)
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
    server.on("error", reject)
  })
}

async function waitForHttp(url, timeoutMs) {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    if (backend && backend.exitCode !== null) throw new Error(`the backend exited (code ${backend.exitCode}) before answering`)
    try {
      if ((await fetch(url)).ok) return
    } catch {}
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`)
}

// Last: main() uses the constants above.
try {
  await main()
  await cleanup()
  process.exit(0)
} catch (error) {
  console.error(error)
  await cleanup()
  process.exit(1)
}
