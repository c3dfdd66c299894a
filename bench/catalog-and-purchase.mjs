#!/usr/bin/env node
// Side by side, in one run, on loopback (not a test):
//   1. vanilla GET /store/products?limit=20  vs  GET /store/catalog?limit=20 and ?q=台式计算机
//      (autocannon, c=10): req/s, p50, p99, ratio;
//   2. vanilla 7-request checkouts/s  vs  one-request direct purchases/s (c=10 loops).
//
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/govmall_bench node bench/catalog-and-purchase.mjs
//
// It migrates and (first time) seeds that database, adds the bench fixture (a purchasing unit
// with a customer, two approved suppliers, an approved offer on every product, large stock:
// plugins/e-mall/src/scripts/bench-fixture.ts, run with `medusa exec`), then starts its own
// backend with `medusa start` on a free loopback port, measures, and stops it. Purchases
// write orders: point it at a throw-away copy of the demo database, never at production.
// Options: --duration 15 (seconds per measurement) --connections 10.
import { spawn } from "node:child_process"
import fs from "node:fs"
import net from "node:net"
import os from "node:os"
import path from "node:path"
import { parseArgs } from "node:util"
import autocannon from "autocannon"

// Secrets, the platform CA and the seed's side files go to a scratch folder, not backend/.data.
const scratch = process.env.GOVMALL_DATA_DIR ?? path.join(os.tmpdir(), "govmall-bench-data")
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
  },
})
const duration = Number(values.duration)
const connections = Number(values.connections)
const databaseUrl = process.env.DATABASE_URL
if (!databaseUrl) {
  console.error("DATABASE_URL is required (a throw-away copy of the demo database: the bench places orders)")
  process.exit(2)
}
const log = (m) => console.error(`[bench] ${m}`)
let checkouts = 0
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


const port = await freePort()
const env = {
  ...process.env,
  ...developmentSecrets(),
  DATABASE_URL: databaseUrl,
  GOVMALL_CA_DIR: caDir,
  HOST: "127.0.0.1",
  PORT: String(port),
  DISABLE_MEDUSA_ADMIN: "true",
  MEDUSA_DISABLE_TELEMETRY: "true",
  LOG_LEVEL: process.env.LOG_LEVEL ?? "error",
}
const { publishableKey: key } = await prepareSystem({ env, appDir: backendDir, caDir, log })
const fixtureFile = path.join(os.tmpdir(), `govmall-bench-fixture-${process.pid}.json`)
log("bench fixture (suppliers, offers, purchaser, stock) …")
medusa(
  backendDir,
  ["exec", path.relative(backendDir, path.join(repoRoot, "plugins/e-mall/.medusa/server/src/scripts/bench-fixture.js"))],
  { ...env, BENCH_FIXTURE_OUT: fixtureFile }
)
const fixture = JSON.parse(fs.readFileSync(fixtureFile, "utf8"))
fs.rmSync(fixtureFile, { force: true })

log(`starting the backend on 127.0.0.1:${port} …`)
const backend = spawn("npx", ["medusa", "start"], { cwd: backendDir, env, stdio: "ignore", detached: true })
const stop = () => {
  try {
    process.kill(-backend.pid, "SIGTERM")
  } catch {}
}
process.on("exit", stop)
process.on("SIGINT", () => process.exit(130))
const base = `http://127.0.0.1:${port}`
await waitForHttp(`${base}/health`, 180_000)

const storeHeaders = { "x-publishable-api-key": key }
const purchaserHeaders = { ...storeHeaders, authorization: `Bearer ${fixture.token}`, "content-type": "application/json" }
const results = {}
try {
  // Warm up every path once (first-request compilation, caches of the ORM metadata).
  for (const p of ["/store/products?limit=20", "/store/catalog?limit=20", `/store/catalog?limit=20&q=${encodeURIComponent("台式计算机")}`]) {
    const r = await fetch(base + p, { headers: storeHeaders })
    if (!r.ok) throw new Error(`GET ${p} → ${r.status} ${await r.text()}`)
    const body = await r.json()
    log(`${p}: ${body.products?.length ?? 0} products, count ${body.count}`)
  }

  const loadBefore = os.loadavg()
  results.vanilla_products = await cannon("GET /store/products?limit=20", "/store/products?limit=20")
  results.catalog = await cannon("GET /store/catalog?limit=20", "/store/catalog?limit=20")
  results.catalog_search = await cannon("GET /store/catalog?q=台式计算机", `/store/catalog?limit=20&q=${encodeURIComponent("台式计算机")}`)

  const desktop = await fetch(
    `${base}/store/products?q=${encodeURIComponent("台式计算机")}&limit=1&fields=id,*variants`,
    { headers: storeHeaders }
  ).then((r) => r.json())
  const variantId = desktop.products[0].variants[0].id
  const regions = await fetch(`${base}/store/regions`, { headers: storeHeaders }).then((r) => r.json())
  const regionId = regions.regions.find((r) => r.currency_code === "cny").id
  results.vanilla_checkout = await loop("vanilla 7-request checkout", () => vanillaCheckout(regionId, variantId))
  let n = 0
  results.direct_purchase = await loop("POST /store/emall/direct-purchase", () =>
    directPurchase(fixture.offer_ids[n++ % fixture.offer_ids.length])
  )
  const loadAfter = os.loadavg()

  const ratio = (a, b) => Math.round((a / b) * 10) / 10
  const rows = Object.values(results)
  console.table(
    rows.map((r) => ({ what: r.what, "per s": r.per_s, "p50 ms": r.p50_ms, "p99 ms": r.p99_ms, ok: r.ok, failed: r.failed }))
  )
  const summary = {
    catalog_vs_vanilla: ratio(results.catalog.per_s, results.vanilla_products.per_s),
    catalog_search_vs_vanilla: ratio(results.catalog_search.per_s, results.vanilla_products.per_s),
    direct_purchase_vs_vanilla_checkout: ratio(results.direct_purchase.per_s, results.vanilla_checkout.per_s),
    targets: "catalog ≥ 20× with p99 ≤ 100 ms; purchase ≥ 10×",
    connections,
    duration_s: duration,
    products: fixture.products,
    offers: fixture.offer_ids.length,
    cpus: os.cpus().length,
    load_avg_before: loadBefore.map((x) => Math.round(x * 100) / 100),
    load_avg_after: loadAfter.map((x) => Math.round(x * 100) / 100),
  }
  console.log(summary)
  console.log(JSON.stringify({ results, summary }))
} finally {
  stop()
}
process.exit(0)

async function cannon(what, p) {
  const r = await autocannon({ url: base + p, headers: storeHeaders, connections, duration })
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

async function call(method, p, body, headers = storeHeaders) {
  const r = await fetch(base + p, {
    method,
    headers: body ? { ...headers, "content-type": "application/json" } : headers,
    body: body ? JSON.stringify(body) : undefined,
  })
  const json = await r.json().catch(() => ({}))
  if (!r.ok) throw new Error(`${method} ${p} → ${r.status} ${json.message ?? ""}`)
  return json
}


async function vanillaCheckout(regionId, variantId) {
  const email = `bench-${process.pid}-${++checkouts}@govmall.test`
  const { cart } = await call("POST", "/store/carts", { region_id: regionId, email, items: [{ variant_id: variantId, quantity: 1 }] })
  await call("POST", `/store/carts/${cart.id}`, { shipping_address: ADDRESS, billing_address: ADDRESS })
  const { shipping_options } = await call("GET", `/store/shipping-options?cart_id=${cart.id}`)
  await call("POST", `/store/carts/${cart.id}/shipping-methods`, { option_id: shipping_options[0].id })
  const { payment_collection } = await call("POST", "/store/payment-collections", { cart_id: cart.id })
  await call("POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, TREASURY)
  const done = await call("POST", `/store/carts/${cart.id}/complete`, {})
  if (done.type !== "order") throw new Error(`checkout did not place an order: ${done.error?.message}`)
}

async function directPurchase(offerId) {
  const done = await call(
    "POST",
    "/store/emall/direct-purchase",
    { offer_id: offerId, quantity: 1, shipping_address: { ...ADDRESS, metadata: { region_code: "140105" } }, payment: TREASURY },
    purchaserHeaders
  )
  if (!done.emall_orders?.length) throw new Error("direct purchase placed no order")
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
    try {
      if ((await fetch(url)).ok) return
    } catch {}
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`)
}
