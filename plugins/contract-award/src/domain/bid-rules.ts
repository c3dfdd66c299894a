/**
 * Rules for one bid of a second-round bidding (二次竞价), kept apart from the round state so the
 * service can check a bid from a few values it reads under its row lock (window, invitation,
 * current lowest) without loading every bid.
 *
 * A bid is refused (with the field and a code) unless:
 * - the window is open: opens_at ≤ now < closes_at (closes_at already includes anti-sniping
 *   extensions; a bid at the closing instant is late);
 * - the bidder is invited (every shortlisted, active supplier whose agreement covers the lot);
 * - the price is a whole number of fen > 0 (a UNIT price, the line total is × quantity);
 * - the price ≤ the bidder's own agreement price for the quantity, volume tiers applied
 *   (volume-tiers.ts) — framework-agreement.md "Phase 2";
 * - live mode only: price ≤ current lowest − minimum decrement. The decrement is
 *   `min_decrement_percent` (default 0.5 %, Prozorro's minimum step, framework-agreement.md)
 *   of the current lowest, rounded UP to the fen and at least 1 fen, so a step is never below
 *   the configured share and every accepted live bid strictly lowers the lowest price.
 *
 * Anti-sniping (live mode only: sealed bidders cannot see a rival's bid to react to it): a bid
 * accepted when closes_at − now ≤ window_minutes moves closes_at later by extension_minutes,
 * but never beyond original_closes_at + max_extension_minutes.
 */
import { percentOfFen, type Fen } from "@govmall/procurement-core/domain/money"
import { InvalidValueError } from "@govmall/procurement-core/domain/domain-error"

export type BiddingMode = "sealed" | "live"

export type AntiSniping = { window_minutes: number; extension_minutes: number; max_extension_minutes: number }

export const DEFAULT_MIN_DECREMENT_PERCENT = "0.5"
export const DEFAULT_ANTI_SNIPING: AntiSniping = { window_minutes: 5, extension_minutes: 5, max_extension_minutes: 30 }

export type BidRefusal =
  | "window_not_open"
  | "window_closed"
  | "not_invited"
  | "invalid_price"
  | "above_agreement_price"
  | "above_live_maximum"

export type BidCheckContext = {
  mode: BiddingMode
  now: Date
  opens_at: Date
  closes_at: Date
  /** The bidder's unit-price ceiling for this round's quantity; null when not invited. */
  ceiling_unit_price_fen: Fen | null
  /** Lowest accepted unit price so far (live mode), null before the first bid. */
  current_lowest_fen: Fen | null
  min_decrement_percent?: string | number
}

export type BidCheck =
  | { ok: true }
  | { ok: false; refusal: BidRefusal; field: "unit_price_fen" | "supplier_id" | "placed_at"; message: string }

/** The smallest allowed step below `lowestFen`: its share rounded up, at least 1 fen. */
export function minimumDecrementFen(lowestFen: Fen, percent: string | number = DEFAULT_MIN_DECREMENT_PERCENT): Fen {
  return Math.max(1, percentOfFen(lowestFen, percent, "up"))
}

/** The highest unit price a live bid may have now; null before the first bid (no live limit). */
export function liveMaximumFen(currentLowestFen: Fen | null, percent: string | number = DEFAULT_MIN_DECREMENT_PERCENT): Fen | null {
  return currentLowestFen === null ? null : currentLowestFen - minimumDecrementFen(currentLowestFen, percent)
}

export function checkBid(context: BidCheckContext, unitPriceFen: unknown): BidCheck {
  const { now, opens_at, closes_at } = context
  if (now.getTime() < opens_at.getTime()) {
    return { ok: false, refusal: "window_not_open", field: "placed_at", message: `bidding opens at ${opens_at.toISOString()}` }
  }
  if (now.getTime() >= closes_at.getTime()) {
    return { ok: false, refusal: "window_closed", field: "placed_at", message: `bidding closed at ${closes_at.toISOString()}` }
  }
  if (context.ceiling_unit_price_fen === null) {
    return { ok: false, refusal: "not_invited", field: "supplier_id", message: "this supplier is not invited to this bidding round" }
  }
  if (typeof unitPriceFen !== "number" || !Number.isSafeInteger(unitPriceFen) || unitPriceFen <= 0) {
    return {
      ok: false,
      refusal: "invalid_price",
      field: "unit_price_fen",
      message: `unit_price_fen must be a whole number of fen > 0, got ${String(unitPriceFen)}`,
    }
  }
  if (unitPriceFen > context.ceiling_unit_price_fen) {
    return {
      ok: false,
      refusal: "above_agreement_price",
      field: "unit_price_fen",
      message: `unit_price_fen ${unitPriceFen} exceeds your agreement price ${context.ceiling_unit_price_fen} fen for this quantity`,
    }
  }
  if (context.mode === "live") {
    const maximum = liveMaximumFen(context.current_lowest_fen, context.min_decrement_percent ?? DEFAULT_MIN_DECREMENT_PERCENT)
    if (maximum !== null && unitPriceFen > maximum) {
      return {
        ok: false,
        refusal: "above_live_maximum",
        field: "unit_price_fen",
        message: `unit_price_fen ${unitPriceFen} must be at most ${maximum} fen (current lowest ${context.current_lowest_fen} minus the minimum decrement)`,
      }
    }
  }
  return { ok: true }
}

function assertMinutes(value: number, label: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new InvalidValueError(`anti_sniping.${label} must be a whole number of minutes ≥ 0, got ${value}`)
  }
}

/** The close after a bid accepted at `now` (live mode): extended when in the last minutes. */
export function closeAfterBid(
  originalClosesAt: Date,
  closesAt: Date,
  now: Date,
  rule: AntiSniping = DEFAULT_ANTI_SNIPING
): Date {
  assertMinutes(rule.window_minutes, "window_minutes")
  assertMinutes(rule.extension_minutes, "extension_minutes")
  assertMinutes(rule.max_extension_minutes, "max_extension_minutes")
  const minute = 60_000
  if (closesAt.getTime() - now.getTime() > rule.window_minutes * minute) {
    return closesAt
  }
  const latest = originalClosesAt.getTime() + rule.max_extension_minutes * minute
  return new Date(Math.max(closesAt.getTime(), Math.min(closesAt.getTime() + rule.extension_minutes * minute, latest)))
}
