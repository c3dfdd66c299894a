/**
 * Lifecycle of a framework agreement (框架协议) — the signed document for one lot of a
 * solicitation, between the solicitor and shortlisted supplier(s) (MoF Order No. 110; see
 * shared/domain/framework-agreement.md, "Closed agreements" and "Lifecycles").
 *
 *   pending_signature ──both sides signed by CA certificate──▶ active ──term ends──▶ expired
 *           │                                                    │
 *           └──30-day signing deadline missed──▶ lapsed          └──terminated (reason)──▶ terminated
 *
 * The missed 30-day deadline (sign "within 30 days of the shortlist notice" [S]) is decided here:
 * the agreement **lapses** — a final state, the shortlisted supplier does not become a party and
 * its agreement price never becomes a phase-2 ceiling. Nobody is promoted from the eliminated
 * list: Order 110 has no substitution rule, and filling places is what supplementary
 * solicitation (补充征集, remaining parties < 70 % of the original) is for. A signature made
 * after the deadline does not count. `decideSigning` records whose signature was missing
 * (`fault`), because only a supplier's refusal is a breach on its credit record; the solicitor
 * missing its own deadline is a platform warning against the agency instead.
 *
 * An open agreement whose notice says no written agreement is signed becomes `active` when the
 * shortlist announcement is published (the announcement counts as signing [S]); that is the
 * same `pending_signature → active` transition, made by a different workflow.
 */
import { InvalidValueError } from "@govmall/procurement-core/domain/domain-error"
import {
  assertTransition,
  canTransition,
  checkTransitions,
  type Transitions,
} from "@govmall/procurement-core/domain/state-machine"

export const AGREEMENT_STATUSES = [
  "pending_signature",
  "active",
  "lapsed",
  "expired",
  "terminated",
] as const
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number]

export const AGREEMENT_INITIAL_STATUS: AgreementStatus = "pending_signature"

export const AGREEMENT_TRANSITIONS: Transitions<AgreementStatus> = {
  pending_signature: { to: ["active", "lapsed"] },
  active: { to: ["expired", "terminated"] },
  lapsed: { to: [] },
  expired: { to: [] },
  terminated: { to: [] },
}

/**
 * Why an active agreement ended before its term: every party removed or left (a per-supplier
 * agreement ends with its supplier's removal), or an upheld complaint / regulator decision
 * annulled the solicitation.
 */
export const TERMINATION_REASONS = [
  "no_remaining_parties",
  "supplier_removed",
  "solicitation_annulled",
  "regulator_order",
] as const
export type TerminationReason = (typeof TERMINATION_REASONS)[number]

/** Statuses in which agreement prices are phase-2 ceilings and purchasers may award. */
export const AWARDABLE_AGREEMENT_STATUSES: readonly AgreementStatus[] = ["active"]

export function isAgreementStatus(value: unknown): value is AgreementStatus {
  return typeof value === "string" && (AGREEMENT_STATUSES as readonly string[]).includes(value)
}

export function canTransitionAgreement(from: AgreementStatus, to: AgreementStatus): boolean {
  return canTransition(AGREEMENT_TRANSITIONS, from, to)
}

/** Throws InvalidTransitionError (kind `not_allowed`) naming the agreement and both states. */
export function assertAgreementTransition(
  from: AgreementStatus,
  to: AgreementStatus,
  agreementId = "agreement"
): void {
  assertTransition(AGREEMENT_TRANSITIONS, from, to, `agreement ${agreementId}`)
}

/** Problems with the table (unreachable states, dangling targets); empty when sound. */
export function agreementTransitionProblems(): string[] {
  return checkTransitions(AGREEMENT_TRANSITIONS, AGREEMENT_INITIAL_STATUS)
}

export type SigningInput = {
  now: Date
  /** End of the signing window (shortlist notice + 30 calendar days, computed by deadlines.ts). */
  deadline: Date
  supplier_signed_at: Date | null
  solicitor_signed_at: Date | null
}

export type SigningDecision =
  | { status: "active"; signed_at: Date }
  | { status: "pending_signature"; missing: Array<"supplier" | "solicitor"> }
  | { status: "lapsed"; fault: "supplier" | "solicitor" | "both" }

function assertInstant(value: unknown, label: string): asserts value is Date {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw new InvalidValueError(`${label} must be a valid Date, got ${String(value)}`)
  }
}

/**
 * What a pending agreement's signatures amount to at `now`. A signature after `deadline` is
 * ignored (the window closed); the agreement is active from the later of the two signatures.
 */
export function decideSigning(input: SigningInput): SigningDecision {
  assertInstant(input.now, "now")
  assertInstant(input.deadline, "deadline")
  const inTime = (signedAt: Date | null, label: string): Date | null => {
    if (signedAt === null) {
      return null
    }
    assertInstant(signedAt, label)
    if (signedAt.getTime() > input.now.getTime()) {
      throw new InvalidValueError(`${label} ${signedAt.toISOString()} is after now ${input.now.toISOString()}`)
    }
    return signedAt.getTime() <= input.deadline.getTime() ? signedAt : null
  }
  const supplier = inTime(input.supplier_signed_at, "supplier_signed_at")
  const solicitor = inTime(input.solicitor_signed_at, "solicitor_signed_at")
  if (supplier && solicitor) {
    return { status: "active", signed_at: supplier > solicitor ? supplier : solicitor }
  }
  const missing: Array<"supplier" | "solicitor"> = []
  if (!supplier) missing.push("supplier")
  if (!solicitor) missing.push("solicitor")
  if (input.now.getTime() <= input.deadline.getTime()) {
    return { status: "pending_signature", missing }
  }
  return { status: "lapsed", fault: missing.length === 2 ? "both" : missing[0] }
}

/** True once an active agreement's term is over: `ends_at` is the first instant it no longer holds. */
export function isAgreementExpired(now: Date, endsAt: Date): boolean {
  assertInstant(now, "now")
  assertInstant(endsAt, "ends_at")
  return now.getTime() >= endsAt.getTime()
}
