// Pure helpers for the second-round bidding and rotation benchmarks of issue #5 (not written
// yet): latency percentiles, lost/duplicated bid accounting, rotation audit, pgbench output,
// and the verdict against the targets. No I/O here, so the numbers a benchmark prints
// can be checked by `node --test bench/lib/`.

/**
 * Nearest-rank percentile (the smallest value with at least p % of the samples at or below
 * it), the definition autocannon/HdrHistogram reports use; p in (0, 100].
 */
export function percentile(samples, p) {
  if (!Array.isArray(samples) || samples.length === 0) throw new RangeError("percentile needs at least one sample")
  if (!(p > 0 && p <= 100)) throw new RangeError(`p must be in (0, 100], got ${p}`)
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.ceil((p / 100) * sorted.length) - 1]
}

/** { count, p50, p99, max } of latencies in milliseconds. */
export function latencySummary(samplesMs) {
  return {
    count: samplesMs.length,
    p50: percentile(samplesMs, 50),
    p99: percentile(samplesMs, 99),
    max: Math.max(...samplesMs),
  }
}

/**
 * Lost and duplicated bids. `acknowledged`: client keys of bids the server answered "accepted";
 * `stored`: client keys of the bid rows found in the database afterwards (one per row).
 * lost = acknowledged but not stored; duplicated = stored more than once; phantom = stored but
 * never acknowledged (a bid accepted after its client gave up — reported, not an error).
 */
export function bidLedger(acknowledged, stored) {
  const ack = new Set(acknowledged)
  const counts = new Map()
  for (const key of stored) counts.set(key, (counts.get(key) ?? 0) + 1)
  return {
    acknowledged: ack.size,
    stored_rows: stored.length,
    lost: [...ack].filter((key) => !counts.has(key)),
    duplicated: [...counts].filter(([, n]) => n > 1).map(([key]) => key),
    phantom: [...counts.keys()].filter((key) => !ack.has(key)),
  }
}

/**
 * Checks rotation awards: `order` the rotation order, `awards` the suppliers in the order the
 * turns were given (no declines in the benchmark). Every consecutive block of order.length
 * awards is one period and must be exactly the order; a partial last block must be its prefix.
 */
export function rotationAudit(order, awards) {
  const duplicates = []
  const skips = []
  for (let start = 0, period = 1; start < awards.length; start += order.length, period++) {
    const block = awards.slice(start, start + order.length)
    const seen = new Set()
    block.forEach((supplier, i) => {
      if (seen.has(supplier)) duplicates.push({ period, supplier })
      seen.add(supplier)
      if (supplier !== order[i]) skips.push({ period, position: i, expected: order[i], got: supplier })
    })
  }
  const perSupplier = Object.fromEntries(order.map((s) => [s, awards.filter((a) => a === s).length]))
  return { awards: awards.length, per_supplier: perSupplier, duplicates, skips }
}

/** The TPS pgbench prints ("tps = 1234.567890 (without initial connection time)"). */
export function parsePgbenchTps(output) {
  const match = /tps = ([\d.]+) \((?:without initial connection time|excluding connections establishing)\)/.exec(output)
  if (!match) throw new Error("no 'tps = … (without initial connection time)' line in pgbench output")
  return Number(match[1])
}

/** pgbench arguments for the simple-update builtin (-N) with `clients` for `seconds`. */
export function pgbenchSimpleUpdateArgs({ clients, seconds, database, host = "127.0.0.1", port = 5432, user = "postgres" }) {
  return ["-h", host, "-p", String(port), "-U", user, "-N", "-c", String(clients), "-j", String(Math.min(clients, 2)), "-T", String(seconds), database]
}

/**
 * The targets: accepted bids/s ≥ 0.2 × pgbench simple-update TPS, p99 ≤ 50 ms at 50
 * concurrent bidders, lost and duplicated bids 0.
 */
export function bidBenchVerdict({ acceptedPerSecond, pgbenchTps, p99Ms, lost, duplicated }, targets = { tpsShare: 0.2, p99Ms: 50 }) {
  const failures = []
  if (acceptedPerSecond < targets.tpsShare * pgbenchTps) {
    failures.push(`accepted bids/s ${acceptedPerSecond.toFixed(1)} < ${targets.tpsShare} × pgbench ${pgbenchTps.toFixed(1)}`)
  }
  if (p99Ms > targets.p99Ms) failures.push(`p99 ${p99Ms} ms > ${targets.p99Ms} ms`)
  if (lost > 0) failures.push(`${lost} lost bids`)
  if (duplicated > 0) failures.push(`${duplicated} duplicated bids`)
  return { pass: failures.length === 0, failures }
}
