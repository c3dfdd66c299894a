/**
 * Lifecycle of a supplier's response (响应文件) to one lot of a framework-agreement
 * solicitation (MoF Order No. 110; see shared/domain/framework-agreement.md, "Lifecycles").
 *
 *   draft ──submit (sealed, signed)──▶ submitted ──withdraw (before the deadline)──▶ withdrawn
 *                                          │
 *                      ┌───── open ────────┴──── not decrypted in the opening window ──▶ invalid
 *                      ▼
 *                   opened ──panel majority fails / price above ceiling / bad signature──▶ disqualified
 *                      │
 *                      └──panel majority passes──▶ qualified ──▶ shortlisted | eliminated
 *
 * - Replacing a response before the deadline withdraws the old record and submits a new one, so
 *   `withdrawn` is final on its record: a record never goes back to `draft`.
 * - `invalid` is the Chinese opening practice: each supplier decrypts its own sealed response with
 *   its certificate key in the opening window; one it fails to decrypt (or whose signature does
 *   not verify, so nobody can say who made it) is void and never reaches the panel.
 * - A response in a lot that fails (fewer than 2 qualified, see shortlist.ts) keeps its
 *   evaluation state (`qualified` / `disqualified`): the failure is the lot's outcome, not a
 *   verdict on the response, and a re-run starts new responses.
 */
import {
  assertTransition,
  canTransition,
  checkTransitions,
  type Transitions,
} from "@govmall/procurement-core/domain/state-machine"

export const RESPONSE_STATUSES = [
  "draft",
  "submitted",
  "withdrawn",
  "invalid",
  "opened",
  "qualified",
  "disqualified",
  "shortlisted",
  "eliminated",
] as const
export type ResponseStatus = (typeof RESPONSE_STATUSES)[number]

export const RESPONSE_INITIAL_STATUS: ResponseStatus = "draft"

export const RESPONSE_TRANSITIONS: Transitions<ResponseStatus> = {
  draft: { to: ["submitted"] },
  submitted: { to: ["withdrawn", "opened", "invalid"] },
  withdrawn: { to: [] },
  invalid: { to: [] },
  // → disqualified directly: a price above the ceiling or a signature by another party's
  // certificate found at opening disqualifies without waiting for the panel.
  opened: { to: ["qualified", "disqualified"] },
  qualified: { to: ["shortlisted", "eliminated"] },
  disqualified: { to: [] },
  shortlisted: { to: [] },
  eliminated: { to: [] },
}

/** Why a response was disqualified; recorded with the transition (and shown in the shortlist). */
export const DISQUALIFY_REASONS = [
  "price_above_ceiling",
  "failed_qualification",
  "not_substantively_responsive",
  "foreign_certificate",
  "signature_invalid",
] as const
export type DisqualifyReason = (typeof DISQUALIFY_REASONS)[number]

/** Why a response became invalid at opening. */
export const INVALID_REASONS = ["not_decrypted_in_window", "signature_unverifiable"] as const
export type InvalidReason = (typeof INVALID_REASONS)[number]

/** Sealed statuses: nobody may read the response's sealed fields (prices) yet. */
export const SEALED_RESPONSE_STATUSES: readonly ResponseStatus[] = ["draft", "submitted"]

/** Statuses after which the response's record does not change any more. */
export const FINAL_RESPONSE_STATUSES: readonly ResponseStatus[] = RESPONSE_STATUSES.filter(
  (status) => RESPONSE_TRANSITIONS[status].to.length === 0
)

export function isResponseStatus(value: unknown): value is ResponseStatus {
  return typeof value === "string" && (RESPONSE_STATUSES as readonly string[]).includes(value)
}

export function canTransitionResponse(from: ResponseStatus, to: ResponseStatus): boolean {
  return canTransition(RESPONSE_TRANSITIONS, from, to)
}

/** Throws InvalidTransitionError (kind `not_allowed`) naming the response and both states. */
export function assertResponseTransition(
  from: ResponseStatus,
  to: ResponseStatus,
  responseId = "response"
): void {
  assertTransition(RESPONSE_TRANSITIONS, from, to, `response ${responseId}`)
}

/** Problems with the table (unreachable states, dangling targets); empty when sound. */
export function responseTransitionProblems(): string[] {
  return checkTransitions(RESPONSE_TRANSITIONS, RESPONSE_INITIAL_STATUS)
}
