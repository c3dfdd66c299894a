/**
 * Collusion clues (串通投标线索) from what was captured when responses were submitted (see
 * shared/domain/supervision.md, "Collusion clues", Order 87 Art 37, and
 * contracts-and-deadlines.md on certificates and deposits). They are clues for the panel and the
 * regulator, not verdicts: a shared office network or a bank paying deposits for clients can
 * explain some of them.
 *
 * Clue kinds, each raised only when **different suppliers** share the value (one supplier
 * reusing its own account or laptop across lots is normal):
 * - same_deposit_account    deposits paid from the same bank account (digits compared without
 *                           blanks and hyphens);
 * - same_client_ip          submitted from the same IP address (IPv4-mapped IPv6 folded);
 * - same_device_fingerprint submitted from the same device fingerprint;
 * - same_mac                the client reported the same MAC address (any separator or case;
 *                           all-zero and broadcast MACs are ignored as "no MAC");
 * - foreign_certificate     signed with a certificate whose subject USCC is not the
 *                           supplier's; when it belongs to another responding supplier both
 *                           are named;
 * - identical_prices        in one lot, two or more suppliers quoted exactly the same price
 *                           (Open Contracting red flag R028);
 * - identical_prices_across_lots  the same two suppliers quoted identical prices in at least
 *                           `min_lots` (default 2) lots — a pattern, not a coincidence.
 *
 * Linear in the number of responses: every kind is one pass that groups by a hash map. The only
 * pairwise step enumerates supplier pairs inside one lot's identical-price group, so groups of
 * more than `pair_group_limit` suppliers (default 20) are reported as an identical_prices clue
 * but not paired (such a lot is already a loud clue; pairing it would be quadratic).
 */
import { InvalidValueError } from "@govmall/procurement-core/domain/domain-error"
import type { Fen } from "@govmall/procurement-core/domain/money"

export type SubmissionTrace = {
  response_id: string
  supplier_id: string
  lot_id: string
  supplier_uscc: string
  /** Known once the response is opened. */
  price_fen?: Fen | null
  deposit_account?: string | null
  client_ip?: string | null
  device_fingerprint?: string | null
  mac?: string | null
  /** Subject USCC of the certificate that signed the response. */
  signer_uscc?: string | null
}

export const CLUE_KINDS = [
  "same_deposit_account",
  "same_client_ip",
  "same_device_fingerprint",
  "same_mac",
  "foreign_certificate",
  "identical_prices",
  "identical_prices_across_lots",
] as const
export type ClueKind = (typeof CLUE_KINDS)[number]

export type CollusionClue = {
  kind: ClueKind
  /** The lot when the clue concerns one lot; null when it spans several. */
  lot_id: string | null
  lot_ids: string[]
  supplier_ids: string[]
  response_ids: string[]
  evidence: Record<string, string | number | string[]>
}

export type ClueOptions = {
  min_lots?: number
  pair_group_limit?: number
}

type Normalizer = (value: string) => string | null

const normalizeAccount: Normalizer = (value) => value.replace(/[\s-]/g, "") || null
const normalizeIp: Normalizer = (value) => {
  const ip = value.trim().toLowerCase()
  return (ip.startsWith("::ffff:") && ip.includes(".") ? ip.slice(7) : ip) || null
}
const normalizeFingerprint: Normalizer = (value) => value.trim() || null
const normalizeMac: Normalizer = (value) => {
  const mac = value.replace(/[\s:.-]/g, "").toUpperCase()
  return mac === "" || /^0+$/.test(mac) || /^F+$/.test(mac) ? null : mac
}
const normalizeUscc = (value: string) => value.trim().toUpperCase()

function groupByLotId(traces: readonly SubmissionTrace[]): Map<string, SubmissionTrace[]> {
  const lots = new Map<string, SubmissionTrace[]>()
  for (const trace of traces) {
    const list = lots.get(trace.lot_id)
    if (list) list.push(trace)
    else lots.set(trace.lot_id, [trace])
  }
  return lots
}

const sortedUnique = (values: Iterable<string>) => [...new Set(values)].sort()

function clueFromGroup(kind: ClueKind, group: readonly SubmissionTrace[], evidence: CollusionClue["evidence"]): CollusionClue {
  const lots = sortedUnique(group.map((trace) => trace.lot_id))
  return {
    kind,
    lot_id: lots.length === 1 ? lots[0] : null,
    lot_ids: lots,
    supplier_ids: sortedUnique(group.map((trace) => trace.supplier_id)),
    response_ids: sortedUnique(group.map((trace) => trace.response_id)),
    evidence,
  }
}

/**
 * Groups traces by key and returns the groups spanning ≥2 suppliers. Most keys are unique, so a
 * key maps to its first trace alone and gets a list only when a second trace arrives: one map
 * lookup and no array per response (the garbage collector dominated at 100k responses before).
 */
function groupsAcrossSuppliers<K>(
  traces: readonly SubmissionTrace[],
  keyOf: (trace: SubmissionTrace) => K | null,
  into: Map<K, SubmissionTrace | SubmissionTrace[]> = new Map()
): Array<[K, SubmissionTrace[]]> {
  for (const trace of traces) {
    const key = keyOf(trace)
    if (key === null) continue
    const found = into.get(key)
    if (found === undefined) {
      into.set(key, trace)
    } else if (Array.isArray(found)) {
      found.push(trace)
    } else {
      into.set(key, [found, trace])
    }
  }
  const groups: Array<[K, SubmissionTrace[]]> = []
  into.forEach((found, key) => {
    if (Array.isArray(found) && found.some((trace) => trace.supplier_id !== found[0].supplier_id)) {
      groups.push([key, found])
    }
  })
  return groups
}

function sharedValue(
  traces: readonly SubmissionTrace[],
  kind: ClueKind,
  field: "deposit_account" | "client_ip" | "device_fingerprint" | "mac",
  normalize: Normalizer
): CollusionClue[] {
  const groups = groupsAcrossSuppliers(traces, (trace) => {
    const raw = trace[field]
    return typeof raw === "string" ? normalize(raw) : null
  })
  return groups.map(([value, list]) => clueFromGroup(kind, list, { [field]: value }))
}

function foreignCertificates(traces: readonly SubmissionTrace[]): CollusionClue[] {
  let supplierByUscc: Map<string, string> | null = null // built on the first foreign signature
  const clues: CollusionClue[] = []
  for (const trace of traces) {
    if (typeof trace.signer_uscc !== "string" || trace.signer_uscc === trace.supplier_uscc) continue
    if (trace.signer_uscc.trim() === "") continue
    const signer = normalizeUscc(trace.signer_uscc)
    if (signer === normalizeUscc(trace.supplier_uscc)) continue
    if (!supplierByUscc) {
      supplierByUscc = new Map()
      for (const other of traces) supplierByUscc.set(normalizeUscc(other.supplier_uscc), other.supplier_id)
    }
    const owner = supplierByUscc.get(signer)
    clues.push({
      kind: "foreign_certificate",
      lot_id: trace.lot_id,
      lot_ids: [trace.lot_id],
      supplier_ids: sortedUnique(owner ? [trace.supplier_id, owner] : [trace.supplier_id]),
      response_ids: [trace.response_id],
      evidence: {
        signer_uscc: signer,
        supplier_uscc: normalizeUscc(trace.supplier_uscc),
        certificate_owner_supplier_id: owner ?? "not a responding supplier",
      },
    })
  }
  return clues
}

function identicalPrices(traces: readonly SubmissionTrace[], minLots: number, pairLimit: number): CollusionClue[] {
  // Lot by lot with the price (a number) as the key: no key string per response.
  const priced = groupByLotId(traces.filter((trace) => typeof trace.price_fen === "number"))
  const groups: Array<[number, SubmissionTrace[]]> = []
  priced.forEach((list) => groups.push(...groupsAcrossSuppliers(list, (trace) => trace.price_fen as number)))
  const clues: CollusionClue[] = []
  const pairs = new Map<string, { lots: Set<string>; responses: string[]; prices: string[] }>()
  groups.forEach(([, list]) => {
    const price = list[0].price_fen as number
    const clue = clueFromGroup("identical_prices", list, { price_fen: price })
    clues.push(clue)
    const suppliers = clue.supplier_ids
    if (suppliers.length > pairLimit) {
      clue.evidence.pairing_skipped = `more than ${pairLimit} suppliers`
      return
    }
    const lot = list[0].lot_id
    for (let i = 0; i < suppliers.length; i++) {
      for (let j = i + 1; j < suppliers.length; j++) {
        const key = `${suppliers[i]}\u0000${suppliers[j]}`
        const pair = pairs.get(key) ?? { lots: new Set<string>(), responses: [], prices: [] }
        if (!pair.lots.has(lot)) {
          pair.lots.add(lot)
          pair.prices.push(`${lot}:${price}`)
        }
        for (const trace of list) {
          if (trace.supplier_id === suppliers[i] || trace.supplier_id === suppliers[j]) pair.responses.push(trace.response_id)
        }
        pairs.set(key, pair)
      }
    }
  })
  pairs.forEach((pair, key) => {
    if (pair.lots.size < minLots) return
    const lots = [...pair.lots].sort()
    clues.push({
      kind: "identical_prices_across_lots",
      lot_id: null,
      lot_ids: lots,
      supplier_ids: key.split("\u0000"),
      response_ids: sortedUnique(pair.responses),
      evidence: { lots: lots.length, prices: pair.prices.sort() },
    })
  })
  return clues
}

/** Every clue in the traces, in a stable order (kind, then first lot, then first supplier). */
export function collusionClues(traces: readonly SubmissionTrace[], options: ClueOptions = {}): CollusionClue[] {
  const minLots = options.min_lots ?? 2
  const pairLimit = options.pair_group_limit ?? 20
  if (!Number.isSafeInteger(minLots) || minLots < 2) {
    throw new InvalidValueError(`min_lots must be a whole number ≥ 2, got ${String(minLots)}`)
  }
  if (!Number.isSafeInteger(pairLimit) || pairLimit < 2) {
    throw new InvalidValueError(`pair_group_limit must be a whole number ≥ 2, got ${String(pairLimit)}`)
  }
  const clues = [
    ...sharedValue(traces, "same_deposit_account", "deposit_account", normalizeAccount),
    ...sharedValue(traces, "same_client_ip", "client_ip", normalizeIp),
    ...sharedValue(traces, "same_device_fingerprint", "device_fingerprint", normalizeFingerprint),
    ...sharedValue(traces, "same_mac", "mac", normalizeMac),
    ...foreignCertificates(traces),
    ...identicalPrices(traces, minLots, pairLimit),
  ]
  const kindOrder = new Map(CLUE_KINDS.map((kind, index) => [kind, index]))
  // Code-unit order, not localeCompare: the order must not depend on the server's locale.
  const compare = (x: string | undefined, y: string | undefined) => ((x ?? "") < (y ?? "") ? -1 : (x ?? "") > (y ?? "") ? 1 : 0)
  return clues.sort(
    (a, b) =>
      (kindOrder.get(a.kind) as number) - (kindOrder.get(b.kind) as number) ||
      compare(a.lot_ids[0], b.lot_ids[0]) ||
      compare(a.supplier_ids[0], b.supplier_ids[0]) ||
      compare(a.supplier_ids[1], b.supplier_ids[1]) ||
      compare(a.response_ids[0], b.response_ids[0])
  )
}
