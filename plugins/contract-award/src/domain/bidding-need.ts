/**
 * The purchaser's need that opens a second-round bidding round (issue #5 item 2;
 * framework-agreement.md "Phase 2": the purchaser states quantities, delivery and deadline;
 * ALL shortlisted suppliers whose agreement covers the need are invited; a reasonable
 * response window).
 *
 * Checked: agreement active, in term, allowing second-round bidding; purchaser eligible; lot
 * has active members; quantity whole > 0; delivery place non-empty; window opens no earlier
 * than now and lasts at least `min_window_minutes` (default 60, configurable: the national
 * rule only says "reasonable"); the close is before the agreement ends; delivery date (a
 * Shanghai date) is after the close. Problems come back as a list naming the field.
 */
import { isDateString, shanghaiDateString } from "@govmall/procurement-core/domain/clock"
import {
  activeMembersForLot,
  agreementOpenProblem,
  purchaserEligibilityProblem,
  type AgreementView,
  type PurchaserView,
} from "./agreement-view"
import type { SelectionProblem } from "./direct-selection"
import type { Invitee } from "./second-round-bidding"
import { ceilingUnitPrice } from "./volume-tiers"

export type BiddingNeed = {
  lot_id: string
  quantity: number
  delivery_place: string
  /** "YYYY-MM-DD", Asia/Shanghai. */
  delivery_date: string
  opens_at: Date
  closes_at: Date
}

export const DEFAULT_MIN_WINDOW_MINUTES = 60

export function validateBiddingNeed(
  agreement: AgreementView,
  purchaser: PurchaserView,
  need: BiddingNeed,
  now: Date,
  minWindowMinutes = DEFAULT_MIN_WINDOW_MINUTES
): { ok: true; invitees: Invitee[] } | { ok: false; problems: SelectionProblem[] } {
  const problems: SelectionProblem[] = []
  const open = agreementOpenProblem(agreement, now)
  if (open) problems.push({ field: "agreement_id", message: open })
  if (!agreement.methods.includes("second_round_bidding")) {
    problems.push({ field: "agreement_id", message: `framework agreement ${agreement.id} does not allow second-round bidding` })
  }
  const eligibility = purchaserEligibilityProblem(agreement, purchaser)
  if (eligibility) problems.push({ field: "purchaser", message: eligibility })

  const quantityOk = Number.isSafeInteger(need.quantity) && need.quantity > 0
  if (!quantityOk) problems.push({ field: "quantity", message: `quantity must be a whole number > 0, got ${need.quantity}` })
  if (typeof need.delivery_place !== "string" || need.delivery_place.trim() === "") {
    problems.push({ field: "delivery_place", message: "delivery_place is required" })
  }

  const opens = need.opens_at?.getTime?.()
  const closes = need.closes_at?.getTime?.()
  if (!Number.isFinite(opens) || opens < now.getTime()) {
    problems.push({ field: "opens_at", message: "opens_at must be a valid instant, not in the past" })
  }
  if (!Number.isFinite(closes) || !(closes - opens >= minWindowMinutes * 60_000)) {
    problems.push({ field: "closes_at", message: `closes_at must be at least ${minWindowMinutes} minutes after opens_at` })
  } else if (closes > agreement.ends_at.getTime()) {
    problems.push({ field: "closes_at", message: `closes_at must be before the agreement ends (${agreement.ends_at.toISOString()})` })
  }
  if (!isDateString(need.delivery_date)) {
    problems.push({ field: "delivery_date", message: `delivery_date must be a calendar date "YYYY-MM-DD", got ${JSON.stringify(need.delivery_date)}` })
  } else if (Number.isFinite(closes) && need.delivery_date <= shanghaiDateString(need.closes_at)) {
    problems.push({ field: "delivery_date", message: "delivery_date must be after the day bidding closes" })
  }

  const members = activeMembersForLot(agreement, need.lot_id)
  if (members.length === 0) {
    problems.push({ field: "lot_id", message: `no active shortlisted supplier covers lot ${need.lot_id}` })
  }
  if (problems.length) return { ok: false, problems }
  return {
    ok: true,
    invitees: members.map(({ member, lot }) => ({
      supplier_id: member.supplier_id,
      ceiling_unit_price_fen: ceilingUnitPrice(lot.unit_price_fen, lot.volume_tiers, need.quantity),
      phase1_rank: member.rank,
    })),
  }
}
