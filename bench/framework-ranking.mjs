#!/usr/bin/env node
// Framework-agreement phase 1, pure domain: ranking + elimination and collusion clues on
// 10,000 and 100,000 generated responses (issue #4). Not a test — it prints the figures and the
// 100k/10k ratio next to the targets (ranking 100k < 200 ms, clues 100k < 1 s, close to linear).
//
// The domain is TypeScript; this script bundles it with esbuild in memory (procurement-core's
// domain imports resolved to its sources), so it runs from a clean clone after `npm ci` with no
// build: `node --expose-gc bench/framework-ranking.mjs [--sizes 10000,100000] [--runs 5] [--per-lot 200]`
// (or `npm run framework-ranking --workspace bench`). With --expose-gc every run starts after a
// full collection, so one run does not pay for the garbage of the previous one.
// Lots keep the same size at every total (more responses = more lots, as in real solicitations),
// so the 100k/10k ratio shows how the work grows with the data, not with a longer sort.
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import { parseArgs } from "node:util"
import { build } from "esbuild"

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "10000,100000" },
    runs: { type: "string", default: "5" },
    "per-lot": { type: "string", default: "200" },
    seed: { type: "string", default: "bench-2026" },
  },
})
const sizes = values.sizes.split(",").map(Number)
const runs = Number(values.runs)
const perLot = Number(values["per-lot"])

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const faDomain = path.join(root, "plugins/framework-agreement/src/domain")
const coreDomain = path.join(root, "plugins/procurement-core/src/domain")

async function loadDomain() {
  const bundle = await build({
    stdin: {
      contents: ["rank-responses", "shortlist", "collusion-clues"].map((f) => `export * from "./${f}.ts"`).join("\n") +
        `\nexport { seededRandom } from "@govmall/procurement-core/domain/seeded-random"`,
      resolveDir: faDomain,
      loader: "ts",
    },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    write: false,
    plugins: [
      {
        name: "procurement-core-sources",
        setup(b) {
          b.onResolve({ filter: /^@govmall\/procurement-core\/domain\// }, (args) => ({
            path: path.join(coreDomain, `${args.path.split("/").pop()}.ts`),
          }))
        },
      },
    ],
  })
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fa-bench-"))
  const file = path.join(dir, "domain.mjs")
  fs.writeFileSync(file, bundle.outputFiles[0].text)
  try {
    return await import(pathToFileURL(file).href)
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

const domain = await loadDomain()
const CEILING = 500_000 // ¥5,000.00 per desktop computer
const T0 = Date.parse("2026-03-01T00:00:00Z")

/**
 * n responses in lots of `perLot` (each response of a lot from a different supplier), from a
 * pool of n / 5 suppliers. A few share an account, IP, MAC or device; a few sign with another
 * supplier's certificate; prices are whole 10 fen, so identical prices occur as in real data.
 */
function generate(n) {
  const random = domain.seededRandom(`${values.seed}:${n}`)
  const pick = (k) => Math.floor(random() * k)
  const pool = Math.max(perLot, Math.floor(n / 5))
  const responses = []
  const traces = []
  for (let i = 0; i < n; i++) {
    const lot = `lot_${Math.floor(i / perLot)}`
    const s = i % pool
    const supplier = `sup_${s}`
    const roll = random()
    const status = roll < 0.05 ? "disqualified" : roll < 0.06 ? "invalid" : roll < 0.08 ? "withdrawn" : "qualified"
    const price = 300_000 + pick(21_000) * 10 // up to 510,000: some above the ceiling
    responses.push({
      id: `resp_${i}`,
      supplier_id: supplier,
      lot_id: lot,
      status,
      price_fen: price,
      quality_score: 6_000 + pick(3_500),
      submitted_at: T0 + pick(20 * 24 * 60) * 60_000, // whole minutes: equal times occur
      policy_tags: s % 5 === 0 ? ["small_micro_enterprise"] : undefined,
    })
    const shared = random()
    traces.push({
      response_id: `resp_${i}`,
      supplier_id: supplier,
      lot_id: lot,
      supplier_uscc: `91110000${String(s).padStart(9, "0")}X`,
      price_fen: status === "invalid" ? null : price,
      deposit_account: shared < 0.002 ? `6222020200${pick(20)}` : `6222${String(s).padStart(12, "0")}`,
      client_ip: shared < 0.005 ? `36.110.0.${pick(50)}` : `10.${(s >> 16) & 255}.${(s >> 8) & 255}.${s & 255}`,
      device_fingerprint: `fp-${shared < 0.003 ? `shared-${pick(30)}` : s}`,
      mac: shared < 0.003 ? `AA:BB:CC:00:00:${pick(30)}` : `02-00-${String(s).padStart(8, "0").replace(/(..)(?!$)/g, "$1-")}`,
      signer_uscc: random() < 0.001 ? `91110000${String(pick(pool)).padStart(9, "0")}X` : `91110000${String(s).padStart(9, "0")}X`,
    })
  }
  return { responses, traces }
}

function rankAndShortlist(responses) {
  const results = []
  let index = 0
  for (const [lotId, list] of domain.groupByLot(responses)) {
    const quality = index++ % 2 === 1
    const ranking = domain.rankResponses(lotId, list, {
      method: quality ? "quality_priority" : "price_priority",
      ceiling_fen: CEILING,
      seed: values.seed,
      price_deductions: [{ tag: "small_micro_enterprise", percent: 10 }],
    })
    results.push(domain.shortlistLot(ranking, { elimination: { kind: "rate", percent: quality ? 40 : 20 }, lab_instrument: quality }))
  }
  return results
}

/**
 * Minimum and median wall time, and median CPU time (user + system of the process, GC helper
 * threads included) over `runs` runs. On a shared machine the wall time includes waiting for a
 * core; the minimum is the run least disturbed by other work.
 */
function measure(fn) {
  const wall = []
  const cpu = []
  let result
  for (let r = 0; r < runs; r++) {
    globalThis.gc?.()
    const cpuStart = process.cpuUsage()
    const started = process.hrtime.bigint()
    result = fn()
    wall.push(Number(process.hrtime.bigint() - started) / 1e6)
    const used = process.cpuUsage(cpuStart)
    cpu.push((used.user + used.system) / 1000)
  }
  const sorted = (list) => [...list].sort((a, b) => a - b)
  const mid = (list) => sorted(list)[Math.floor(list.length / 2)]
  return { min: sorted(wall)[0], ms: mid(wall), cpu: mid(cpu), all: wall, result }
}

console.log(`node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? "?"}), load ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`)
console.log(`${perLot} responses per lot, ${runs} runs after a warm-up run at every size, ${globalThis.gc ? "full GC before each run" : "no --expose-gc: runs may pay for earlier garbage"}\n`)

// Generate every size, then warm up on every size, so that no measurement pays for the JIT.
const datasets = new Map(sizes.map((n) => [n, generate(n)]))
for (const { responses, traces } of datasets.values()) {
  rankAndShortlist(responses)
  domain.collusionClues(traces)
}

const figures = new Map()
for (const n of sizes) {
  const { responses, traces } = datasets.get(n)
  const ranking = measure(() => rankAndShortlist(responses))
  const clues = measure(() => domain.collusionClues(traces))
  figures.set(n, { ranking: ranking.ms, clues: clues.ms, rankingMin: ranking.min, cluesMin: clues.min, rankingCpu: ranking.cpu, cluesCpu: clues.cpu })
  const shortlisted = ranking.result.reduce((sum, lot) => sum + lot.shortlisted.length, 0)
  const ties = ranking.result.filter((lot) => lot.cutoff && lot.cutoff.decided_by !== "method").length
  const byKind = {}
  for (const clue of clues.result) byKind[clue.kind] = (byKind[clue.kind] ?? 0) + 1
  console.log(`${n.toLocaleString("en")} responses in ${Math.ceil(n / perLot)} lots`)
  console.log(`  ranking + elimination: median ${ranking.ms.toFixed(1)} ms, min ${ranking.min.toFixed(1)} ms wall; median ${ranking.cpu.toFixed(1)} ms CPU (wall runs ${ranking.all.map((t) => t.toFixed(1)).join(", ")}); ${shortlisted} shortlisted, ${ties} cut-offs decided by a tie-break`)
  console.log(`  collusion clues:       median ${clues.ms.toFixed(1)} ms, min ${clues.min.toFixed(1)} ms wall; median ${clues.cpu.toFixed(1)} ms CPU (wall runs ${clues.all.map((t) => t.toFixed(1)).join(", ")}); ${clues.result.length} clues ${JSON.stringify(byKind)}`)
}

if (figures.has(10_000) && figures.has(100_000)) {
  const small = figures.get(10_000)
  const big = figures.get(100_000)
  const verdict = (ms, target) => (ms < target ? `meets < ${target} ms` : `MISSES < ${target} ms`)
  const ratio = (a, b) => `${(a / b).toFixed(1)}×`
  console.log(`\nratio 100k/10k (linear = 10×): ranking ${ratio(big.rankingMin, small.rankingMin)} by min wall, ${ratio(big.ranking, small.ranking)} by median wall, ${ratio(big.rankingCpu, small.rankingCpu)} by CPU`)
  console.log(`                               clues   ${ratio(big.cluesMin, small.cluesMin)} by min wall, ${ratio(big.clues, small.clues)} by median wall, ${ratio(big.cluesCpu, small.cluesCpu)} by CPU`)
  console.log(`targets (median wall): ranking 100k ${big.ranking.toFixed(1)} ms ${verdict(big.ranking, 200)}; clues 100k ${big.clues.toFixed(1)} ms ${verdict(big.clues, 1000)}`)
}
