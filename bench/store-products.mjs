#!/usr/bin/env node
// Baseline: GET /store/products?limit=20 on loopback for a bounded time, with autocannon.
// Not a test — it prints req/s and latency percentiles for later issues to compare against.
// Run the system first (`npm start`), then `npm run bench` (options: --duration 20
// --connections 10 --url http://127.0.0.1:9000 --key pk_…).
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { parseArgs } from "node:util"
import autocannon from "autocannon"
import { dataDir } from "../scripts/lib/runtime-env.mjs"

const { values } = parseArgs({
  options: {
    duration: { type: "string", default: "20" },
    connections: { type: "string", default: "10" },
    url: { type: "string" },
    key: { type: "string" },
    path: { type: "string", default: "/store/products?limit=20" },
  },
})

const runtimeFile = path.join(dataDir, "runtime.json")
const runtime = fs.existsSync(runtimeFile) ? JSON.parse(fs.readFileSync(runtimeFile, "utf8")) : {}
const baseUrl = values.url ?? runtime.backendUrl ?? "http://127.0.0.1:9000"
const key = values.key ?? runtime.publishableKey
const target = new URL(values.path, baseUrl)
if (!["127.0.0.1", "localhost", "[::1]"].includes(target.hostname)) {
  console.error(`refusing to load ${target.hostname}: benchmarks target loopback only`)
  process.exit(2)
}
if (!key) {
  console.error(`no publishable key: start the system with \`npm start\` or pass --key`)
  process.exit(2)
}

const headers = { "x-publishable-api-key": key }
const probe = await fetch(target, { headers })
if (!probe.ok) {
  console.error(`GET ${target} answered ${probe.status}: ${await probe.text()}`)
  process.exit(1)
}
const count = (await probe.json()).products?.length

const loadBefore = os.loadavg()[0]
const result = await autocannon({
  url: target.toString(),
  headers,
  connections: Number(values.connections),
  duration: Number(values.duration),
})
const report = {
  endpoint: `GET ${values.path}`,
  products_per_page: count,
  connections: Number(values.connections),
  duration_s: Number(values.duration),
  requests_per_s: Math.round(result.requests.average * 10) / 10,
  latency_p50_ms: result.latency.p50,
  latency_p99_ms: result.latency.p99,
  non_2xx: result.non2xx,
  errors: result.errors,
  timeouts: result.timeouts,
  cpus: os.cpus().length,
  load_avg_1m_before: Math.round(loadBefore * 100) / 100,
  load_avg_1m_after: Math.round(os.loadavg()[0] * 100) / 100,
}
console.table(report)
console.log(JSON.stringify(report))
