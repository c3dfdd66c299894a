/**
 * A second-round bidding round (二次竞价) as plain data, and the pure steps on it: place a bid,
 * close the round, and what each viewer may see (framework-agreement.md "Phase 2"; issue #5
 * item 2). Single-bid checks are in bid-rules.ts.
 *
 * - Each invited supplier may bid any number of times until the close. Its EFFECTIVE bid is its
 *   latest accepted one (in sealed mode a bidder may correct its bid either way; in live mode
 *   every accepted bid is below the lowest, so the latest is also its lowest).
 * - At close the effective bids of suppliers still active are ranked by unit price ascending.
 *   Ties follow `tie_rule`: `earliest_bid` (default; earlier placed_at, then the server's
 *   sequence), `phase1_rank` (better phase-1 evaluation rank, then earliest), or `seeded_draw`
 *   (the tied suppliers sorted by id and shuffled with seededRandom(seed) — the seed is stored
 *   with the round so anyone can recompute the draw). Every tie broken is recorded.
 * - Fewer valid bidders than `min_valid_bidders` (default 1; 3 is a common province rule)
 *   fails the round. Otherwise the ranking is the runner-up order (award-lifecycle `passAward`).
 */
import { seededRandom } from "@govmall/procurement-core/domain/seeded-random"
import { multiplyFen, type Fen } from "@govmall/procurement-core/domain/money"
import { InvalidValueError } from "@govmall/procurement-core/domain/domain-error"
import {
  checkBid,
  closeAfterBid,
  DEFAULT_ANTI_SNIPING,
  DEFAULT_MIN_DECREMENT_PERCENT,
  type AntiSniping,
  type BidCheck,
  type BiddingMode,
} from "./bid-rules"

export type TieRule = "earliest_bid" | "phase1_rank" | "seeded_draw"

export type BiddingRules = {
  mode: BiddingMode
  min_decrement_percent: string | number
  anti_sniping: AntiSniping
  min_valid_bidders: number
  tie_rule: TieRule
  /** Required for `seeded_draw`; published with the round. */
  tie_seed?: string
}

export const DEFAULT_BIDDING_RULES: Omit<BiddingRules, "mode"> = {
  min_decrement_percent: DEFAULT_MIN_DECREMENT_PERCENT,
  anti_sniping: DEFAULT_ANTI_SNIPING,
  min_valid_bidders: 1,
  tie_rule: "earliest_bid",
}

export type Invitee = {
  supplier_id: string
  /** The supplier's unit-price ceiling for the round's quantity (tiers applied). */
  ceiling_unit_price_fen: Fen
  phase1_rank: number
}

export type Bid = { sequence: number; supplier_id: string; unit_price_fen: Fen; placed_at: Date }

export type BiddingRound = {
  id: string
  quantity: number
  rules: BiddingRules
  opens_at: Date
  original_closes_at: Date
  /** The close in force, after anti-sniping extensions. */
  closes_at: Date
  invitees: readonly Invitee[]
  bids: readonly Bid[]
}

export type PlaceBidResult =
  | { accepted: true; round: BiddingRound; bid: Bid; extended: boolean }
  | ({ accepted: false } & Extract<BidCheck, { ok: false }>)

/** The latest bid of each bidder, in the order of their first appearance. */
export function effectiveBids(bids: readonly Bid[]): Bid[] {
  const latest = new Map<string, Bid>()
  for (const bid of bids) {
    const known = latest.get(bid.supplier_id)
    if (!known || bid.sequence > known.sequence) latest.set(bid.supplier_id, bid)
  }
  return [...latest.values()]
}

export function currentLowestFen(round: Pick<BiddingRound, "bids">): Fen | null {
  const effective = effectiveBids(round.bids)
  return effective.length ? Math.min(...effective.map((b) => b.unit_price_fen)) : null
}

export function placeBid(round: BiddingRound, supplierId: string, unitPriceFen: unknown, now: Date): PlaceBidResult {
  const invitee = round.invitees.find((i) => i.supplier_id === supplierId)
  const check = checkBid(
    {
      mode: round.rules.mode,
      now,
      opens_at: round.opens_at,
      closes_at: round.closes_at,
      ceiling_unit_price_fen: invitee ? invitee.ceiling_unit_price_fen : null,
      current_lowest_fen: currentLowestFen(round),
      min_decrement_percent: round.rules.min_decrement_percent,
    },
    unitPriceFen
  )
  if (!check.ok) {
    return { accepted: false, ...check }
  }
  const bid: Bid = {
    sequence: round.bids.reduce((max, b) => Math.max(max, b.sequence), 0) + 1,
    supplier_id: supplierId,
    unit_price_fen: unitPriceFen as Fen,
    placed_at: now,
  }
  const closesAt =
    round.rules.mode === "live" ? closeAfterBid(round.original_closes_at, round.closes_at, now, round.rules.anti_sniping) : round.closes_at
  return {
    accepted: true,
    bid,
    extended: closesAt.getTime() !== round.closes_at.getTime(),
    round: { ...round, closes_at: closesAt, bids: [...round.bids, bid] },
  }
}

export type RankedBid = Bid & { rank: number; total_fen: Fen }
export type TieBreak = { unit_price_fen: Fen; rule: TieRule; order: string[]; seed?: string }

export type RoundResult =
  | { status: "awarded"; winner: RankedBid; ranking: RankedBid[]; tie_breaks: TieBreak[]; valid_bidders: number }
  | { status: "failed"; reason: "too_few_valid_bidders"; ranking: RankedBid[]; tie_breaks: TieBreak[]; valid_bidders: number; required: number }

const byTime = (a: Bid, b: Bid) => a.placed_at.getTime() - b.placed_at.getTime() || a.sequence - b.sequence

function orderTied(group: Bid[], rules: BiddingRules, invitees: readonly Invitee[]): Bid[] {
  if (rules.tie_rule === "earliest_bid") return [...group].sort(byTime)
  if (rules.tie_rule === "phase1_rank") {
    const rank = (id: string) => invitees.find((i) => i.supplier_id === id)?.phase1_rank ?? Number.MAX_SAFE_INTEGER
    return [...group].sort((a, b) => rank(a.supplier_id) - rank(b.supplier_id) || byTime(a, b))
  }
  if (!rules.tie_seed) {
    throw new InvalidValueError("tie_seed is required when tie_rule is seeded_draw")
  }
  // Fisher–Yates over the ids in code-point order, driven by the published seed and the price,
  // so a draw between the same suppliers at another price is independent.
  const shuffled = [...group].sort((a, b) => (a.supplier_id < b.supplier_id ? -1 : a.supplier_id > b.supplier_id ? 1 : 0))
  const random = seededRandom(`${rules.tie_seed}:${group[0].unit_price_fen}`)
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]]
  }
  return shuffled
}

/**
 * Ranks the round at close. `now` must be at or after closes_at. `excluded` are suppliers
 * suspended or removed from the agreement during the window: their bids no longer count.
 */
export function closeRound(round: BiddingRound, now: Date, excluded: readonly string[] = []): RoundResult {
  if (now.getTime() < round.closes_at.getTime()) {
    throw new InvalidValueError(`bidding round ${round.id} closes at ${round.closes_at.toISOString()}; it cannot be closed earlier`)
  }
  const minimum = round.rules.min_valid_bidders
  if (!Number.isSafeInteger(minimum) || minimum < 1) {
    throw new InvalidValueError(`min_valid_bidders must be a whole number ≥ 1, got ${minimum}`)
  }
  const valid = effectiveBids(round.bids).filter((b) => !excluded.includes(b.supplier_id))
  const prices = [...new Set(valid.map((b) => b.unit_price_fen))].sort((a, b) => a - b)
  const tieBreaks: TieBreak[] = []
  const ordered = prices.flatMap((price) => {
    const group = valid.filter((b) => b.unit_price_fen === price)
    if (group.length === 1) return group
    const sorted = orderTied(group, round.rules, round.invitees)
    tieBreaks.push({
      unit_price_fen: price,
      rule: round.rules.tie_rule,
      order: sorted.map((b) => b.supplier_id),
      ...(round.rules.tie_rule === "seeded_draw" ? { seed: round.rules.tie_seed } : {}),
    })
    return sorted
  })
  const ranking = ordered.map((bid, index) => ({ ...bid, rank: index + 1, total_fen: multiplyFen(bid.unit_price_fen, round.quantity) }))
  if (ranking.length < minimum) {
    return { status: "failed", reason: "too_few_valid_bidders", ranking, tie_breaks: tieBreaks, valid_bidders: ranking.length, required: minimum }
  }
  return { status: "awarded", winner: ranking[0], ranking, tie_breaks: tieBreaks, valid_bidders: ranking.length }
}
