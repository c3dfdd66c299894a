/**
 * Lifecycle of a phase-2 award request (框架协议第二阶段授予), one transition table for the
 * three methods (framework-agreement.md, "Phase 2" and "Lifecycles"):
 *
 *   draft ──▶ selecting (直接选定) ──────────────┐
 *     │  ──▶ bidding   (二次竞价) ── close ──────┼──▶ awarded ──confirm──▶ contracted ──▶ closed
 *     │  ──▶ rotating  (顺序轮候) ── turn given ─┘      │  ▲
 *     │                                                 │  └── pass_on: winner did not confirm
 *     ▼                                                 │      (runner-up) or rotation decline
 *   cancelled ◀── (any open state)       failed ◀───────┘      (next in rotation)
 *
 * - `awarded` means "awarded to one supplier that has not confirmed yet". The self-transition
 *   awarded → awarded is the runner-up path: the winner did not confirm within the configured
 *   hours (default 72, framework-agreement.md / e-mall.md) or, in rotation, declined, and the
 *   award passes to the next candidate (`passAward`). When nobody is left, awarded → failed.
 * - bidding → failed: fewer valid bidders than the configured minimum at close.
 * - rotating → failed: no supplier left in the rotation order.
 * - contracted → closed when the contract is closed (paid or ended); → cancelled when the
 *   contract is cancelled before signature (contract-lifecycle.ts).
 */
import {
  assertTransition,
  canTransition,
  checkTransitions,
  type Transitions,
} from "@govmall/procurement-core/domain/state-machine"
import { InvalidValueError } from "@govmall/procurement-core/domain/domain-error"

export const AWARD_STATUSES = [
  "draft",
  "selecting",
  "bidding",
  "rotating",
  "awarded",
  "contracted",
  "closed",
  "failed",
  "cancelled",
] as const
export type AwardStatus = (typeof AWARD_STATUSES)[number]

export const AWARD_INITIAL_STATUS: AwardStatus = "draft"

export const AWARD_METHODS = ["direct_selection", "second_round_bidding", "rotation"] as const
export type AwardMethod = (typeof AWARD_METHODS)[number]

/** The open state each method runs in after draft. */
export const METHOD_STATUS: Record<AwardMethod, AwardStatus> = {
  direct_selection: "selecting",
  second_round_bidding: "bidding",
  rotation: "rotating",
}

export const AWARD_TRANSITIONS: Transitions<AwardStatus> = {
  draft: { to: ["selecting", "bidding", "rotating", "cancelled"] },
  selecting: { to: ["awarded", "cancelled"] },
  bidding: { to: ["awarded", "failed", "cancelled"] },
  rotating: { to: ["awarded", "failed", "cancelled"] },
  awarded: { to: ["awarded", "contracted", "failed", "cancelled"] },
  contracted: { to: ["closed", "cancelled"] },
  closed: { to: [] },
  failed: { to: [] },
  cancelled: { to: [] },
}

export const FINAL_AWARD_STATUSES: readonly AwardStatus[] = ["closed", "failed", "cancelled"]

export function isAwardStatus(value: unknown): value is AwardStatus {
  return typeof value === "string" && (AWARD_STATUSES as readonly string[]).includes(value)
}

export function canTransitionAward(from: AwardStatus, to: AwardStatus): boolean {
  return canTransition(AWARD_TRANSITIONS, from, to)
}

export function assertAwardTransition(from: AwardStatus, to: AwardStatus, awardId = "award"): void {
  assertTransition(AWARD_TRANSITIONS, from, to, `award request ${awardId}`)
}

export function awardTransitionProblems(): string[] {
  return checkTransitions(AWARD_TRANSITIONS, AWARD_INITIAL_STATUS)
}

/** Throws unless `method` is one of the methods the agreement allows (direct selection by default). */
export function assertMethodAllowed(method: AwardMethod, allowed: readonly AwardMethod[]): void {
  if (!allowed.includes(method)) {
    throw new InvalidValueError(
      `method "${method}" is not allowed by this framework agreement; allowed: ${allowed.map((m) => `"${m}"`).join(", ") || "none"}`
    )
  }
}

/** Default hours an awarded supplier has to confirm before the award passes on (framework-agreement.md). */
export const DEFAULT_CONFIRM_HOURS = 72

export function confirmationDeadline(awardedAt: Date, confirmHours = DEFAULT_CONFIRM_HOURS): Date {
  if (!Number.isFinite(confirmHours) || confirmHours <= 0) {
    throw new InvalidValueError(`confirm_hours must be a positive number, got ${confirmHours}`)
  }
  return new Date(awardedAt.getTime() + confirmHours * 3_600_000)
}

/** True once the confirmation window has ended (the deadline instant itself is still in time). */
export function confirmationOverdue(awardedAt: Date, now: Date, confirmHours = DEFAULT_CONFIRM_HOURS): boolean {
  return now.getTime() > confirmationDeadline(awardedAt, confirmHours).getTime()
}

export type PassReason = "not_confirmed" | "declined"

export type AwardHolder = {
  status: AwardStatus
  /** Supplier currently holding the award (status `awarded`). */
  supplier_id: string | null
  /** Candidates in order of preference, the current holder first or already removed. */
  candidates: readonly string[]
  /** Suppliers the award already passed over, with why. */
  passed_over: ReadonlyArray<{ supplier_id: string; reason: PassReason; at: Date }>
}

/**
 * The runner-up path: takes the award from its holder (who did not confirm or declined) and
 * gives it to the best candidate not yet passed over, or fails the request when none is left.
 * Pure: returns the new holder record.
 */
export function passAward(award: AwardHolder, reason: PassReason, now: Date): AwardHolder {
  if (award.status !== "awarded") {
    throw new InvalidValueError(`only an awarded request can pass to the runner-up; this one is "${award.status}"`)
  }
  if (!award.supplier_id) {
    throw new InvalidValueError("an awarded request must name its supplier_id")
  }
  const passedOver = [...award.passed_over, { supplier_id: award.supplier_id, reason, at: now }]
  const gone = new Set(passedOver.map((entry) => entry.supplier_id))
  const next = award.candidates.find((candidate) => !gone.has(candidate)) ?? null
  return {
    status: next ? "awarded" : "failed",
    supplier_id: next,
    candidates: award.candidates,
    passed_over: passedOver,
  }
}
