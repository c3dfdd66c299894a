/**
 * Direct selection (直接选定): the purchaser picks one shortlisted supplier of a lot and states
 * the quantity (framework-agreement.md, "Phase 2"; issue #5 item 1).
 *
 * A selection is valid when:
 * - the agreement is active, inside its term, and allows direct selection;
 * - the purchaser is eligible (agreement-view.ts: unit list or region prefix);
 * - the supplier is shortlisted for the lot and its membership is active;
 * - quantity is a whole number > 0;
 * - the unit price, if the purchaser negotiated one, is a whole number of fen > 0 and ≤ the
 *   ceiling = the supplier's agreement price with its volume-discount tiers applied for that
 *   quantity (volume-tiers.ts; rounding down). A lower price is allowed and flagged
 *   `negotiated_below_ceiling` so it is recorded; without one the ceiling is the price;
 * - a reason is given (trimmed, 2–500 characters).
 *
 * Totals: line total = unit price × quantity exactly (integers, no rounding).
 * Problems come back as a list naming the field, so the API can answer 400 with all of them.
 */
import type { Fen } from "@govmall/procurement-core/domain/money"
import { InvalidValueError } from "@govmall/procurement-core/domain/domain-error"
import { multiplyFen } from "@govmall/procurement-core/domain/money"
import {
  activeMembersForLot,
  agreementOpenProblem,
  purchaserEligibilityProblem,
  type AgreementView,
  type PurchaserView,
} from "./agreement-view"
import { ratingSummary } from "./supplier-rating"
import { ceilingUnitPrice } from "./volume-tiers"

export type DirectSelectionInput = {
  supplier_id: string
  lot_id: string
  quantity: number
  /** A negotiated unit price below the ceiling; omitted → the ceiling. */
  unit_price_fen?: Fen | null
  reason: string
}

export type SelectionProblem = { field: string; message: string }

export type DirectSelection = {
  supplier_id: string
  lot_id: string
  quantity: number
  ceiling_unit_price_fen: Fen
  unit_price_fen: Fen
  line_total_fen: Fen
  reason: string
  flags: Array<"negotiated_below_ceiling">
}

export const REASON_MIN_LENGTH = 2
export const REASON_MAX_LENGTH = 500

export function validateDirectSelection(
  agreement: AgreementView,
  purchaser: PurchaserView,
  input: DirectSelectionInput,
  now: Date
): { ok: true; value: DirectSelection } | { ok: false; problems: SelectionProblem[] } {
  const problems: SelectionProblem[] = []
  const open = agreementOpenProblem(agreement, now)
  if (open) problems.push({ field: "agreement_id", message: open })
  if (!agreement.methods.includes("direct_selection")) {
    problems.push({ field: "agreement_id", message: `framework agreement ${agreement.id} does not allow direct selection` })
  }
  const eligibility = purchaserEligibilityProblem(agreement, purchaser)
  if (eligibility) problems.push({ field: "purchaser", message: eligibility })

  const quantityOk = Number.isSafeInteger(input.quantity) && input.quantity > 0
  if (!quantityOk) {
    problems.push({ field: "quantity", message: `quantity must be a whole number > 0, got ${input.quantity}` })
  }

  const entry = activeMembersForLot(agreement, input.lot_id).find((e) => e.member.supplier_id === input.supplier_id)
  if (!entry) {
    const member = agreement.members.find((m) => m.supplier_id === input.supplier_id)
    const why = !member
      ? "is not shortlisted in this agreement"
      : member.status !== "active"
        ? `is ${member.status} in this agreement`
        : `is not shortlisted for lot ${input.lot_id}`
    problems.push({ field: "supplier_id", message: `supplier ${input.supplier_id} ${why}` })
  }

  let ceiling: Fen | null = null
  if (entry && quantityOk) {
    ceiling = ceilingUnitPrice(entry.lot.unit_price_fen, entry.lot.volume_tiers, input.quantity)
  }
  const negotiated = input.unit_price_fen
  if (negotiated !== undefined && negotiated !== null) {
    if (!Number.isSafeInteger(negotiated) || negotiated <= 0) {
      problems.push({ field: "unit_price_fen", message: `unit_price_fen must be a whole number of fen > 0, got ${negotiated}` })
    } else if (ceiling !== null && negotiated > ceiling) {
      problems.push({
        field: "unit_price_fen",
        message: `unit_price_fen ${negotiated} exceeds the agreement price ${ceiling} fen for ${input.quantity} units`,
      })
    }
  }

  const reason = typeof input.reason === "string" ? input.reason.trim() : ""
  if (reason.length < REASON_MIN_LENGTH || reason.length > REASON_MAX_LENGTH) {
    problems.push({ field: "reason", message: `reason is required (${REASON_MIN_LENGTH}–${REASON_MAX_LENGTH} characters)` })
  }

  if (problems.length || ceiling === null) {
    return { ok: false, problems }
  }
  const unitPrice = negotiated ?? ceiling
  return {
    ok: true,
    value: {
      supplier_id: input.supplier_id,
      lot_id: input.lot_id,
      quantity: input.quantity,
      ceiling_unit_price_fen: ceiling,
      unit_price_fen: unitPrice,
      line_total_fen: multiplyFen(unitPrice, input.quantity),
      reason,
      flags: unitPrice < ceiling ? ["negotiated_below_ceiling"] : [],
    },
  }
}

/** Like validateDirectSelection, but throws InvalidValueError listing every problem. */
export function assertDirectSelection(
  agreement: AgreementView,
  purchaser: PurchaserView,
  input: DirectSelectionInput,
  now: Date
): DirectSelection {
  const result = validateDirectSelection(agreement, purchaser, input, now)
  if (!result.ok) {
    throw new InvalidValueError(result.problems.map((p) => `${p.field}: ${p.message}`).join("; "))
  }
  return result.value
}

export type SelectionOption = {
  supplier_id: string
  phase1_rank: number
  /** Base agreement price and the ceiling for the asked quantity (tiers applied). */
  agreement_unit_price_fen: Fen
  ceiling_unit_price_fen: Fen
  line_total_fen: Fen
  rating: { count: number; average_tenths: number | null }
}

/**
 * What the purchaser chooses from: every active supplier shortlisted for the lot, with its
 * agreement price, its ceiling and total for `quantity`, and its user rating (supplier-rating.ts),
 * in phase-1 rank order — the platform does not re-sort by price so as not to steer the choice.
 */
export function directSelectionOptions(
  agreement: AgreementView,
  lotId: string,
  quantity: number,
  ratings: Readonly<Record<string, readonly number[]>> = {}
): SelectionOption[] {
  return activeMembersForLot(agreement, lotId).map(({ member, lot }) => {
    const ceiling = ceilingUnitPrice(lot.unit_price_fen, lot.volume_tiers, quantity)
    const summary = ratingSummary(ratings[member.supplier_id] ?? [])
    return {
      supplier_id: member.supplier_id,
      phase1_rank: member.rank,
      agreement_unit_price_fen: lot.unit_price_fen,
      ceiling_unit_price_fen: ceiling,
      line_total_fen: multiplyFen(ceiling, quantity),
      rating: { count: summary.count, average_tenths: summary.average_tenths },
    }
  })
}
