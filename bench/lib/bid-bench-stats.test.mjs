// node --test bench/lib/
import assert from "node:assert/strict"
import { test } from "node:test"
import {
  bidBenchVerdict,
  bidLedger,
  latencySummary,
  parsePgbenchTps,
  percentile,
  pgbenchSimpleUpdateArgs,
  rotationAudit,
} from "./bid-bench-stats.mjs"

test("nearest-rank percentiles", () => {
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1)
  assert.equal(percentile(hundred, 50), 50)
  assert.equal(percentile(hundred, 99), 99)
  assert.equal(percentile(hundred, 100), 100)
  assert.equal(percentile([7], 99), 7)
  assert.equal(percentile([3, 1, 2], 50), 2)
  assert.throws(() => percentile([], 50), /at least one sample/)
  assert.throws(() => percentile([1], 0), /p must be in/)
  assert.deepEqual(latencySummary([5, 1, 9, 3]), { count: 4, p50: 3, p99: 9, max: 9 })
})

test("bid ledger finds lost, duplicated and phantom bids", () => {
  assert.deepEqual(bidLedger(["a", "b", "c"], ["a", "b", "b", "d"]), {
    acknowledged: 3,
    stored_rows: 4,
    lost: ["c"],
    duplicated: ["b"],
    phantom: ["d"],
  })
  assert.deepEqual(bidLedger(["a"], ["a"]), { acknowledged: 1, stored_rows: 1, lost: [], duplicated: [], phantom: [] })
})

test("rotation audit", () => {
  const order = ["a", "b", "c"]
  assert.deepEqual(rotationAudit(order, ["a", "b", "c", "a", "b"]), {
    awards: 5,
    per_supplier: { a: 2, b: 2, c: 1 },
    duplicates: [],
    skips: [],
  })
  const bad = rotationAudit(order, ["a", "a", "c", "b"])
  assert.deepEqual(bad.duplicates, [{ period: 1, supplier: "a" }])
  assert.deepEqual(bad.skips, [{ period: 1, position: 1, expected: "b", got: "a" }, { period: 2, position: 0, expected: "a", got: "b" }])
})

test("pgbench output and arguments", () => {
  const output = "number of transactions actually processed: 61234\nlatency average = 1.630 ms\ntps = 6123.456789 (without initial connection time)\n"
  assert.equal(parsePgbenchTps(output), 6123.456789)
  assert.equal(parsePgbenchTps("tps = 99.5 (excluding connections establishing)"), 99.5)
  assert.throws(() => parsePgbenchTps("pgbench: error"), /no 'tps =/)
  assert.deepEqual(pgbenchSimpleUpdateArgs({ clients: 50, seconds: 10, database: "bench_db" }), [
    "-h", "127.0.0.1", "-p", "5432", "-U", "postgres", "-N", "-c", "50", "-j", "2", "-T", "10", "bench_db",
  ])
})

test("verdict against the issue's targets", () => {
  assert.deepEqual(bidBenchVerdict({ acceptedPerSecond: 1300, pgbenchTps: 6000, p99Ms: 40, lost: 0, duplicated: 0 }), { pass: true, failures: [] })
  const fail = bidBenchVerdict({ acceptedPerSecond: 1000, pgbenchTps: 6000, p99Ms: 51, lost: 1, duplicated: 2 })
  assert.equal(fail.pass, false)
  assert.deepEqual(fail.failures, ["accepted bids/s 1000.0 < 0.2 × pgbench 6000.0", "p99 51 ms > 50 ms", "1 lost bids", "2 duplicated bids"])
})
