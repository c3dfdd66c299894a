/**
 * Lifecycle of a framework-agreement solicitation (征集), from the agency's plan to the end of
 * phase 1, as one transition table (MoF Order No. 110; `shared/domain/framework-agreement.md`).
 *
 *   draft ──submit──▶ submitted ──approve (catalog item)──▶ approved ──publish──▶ published
 *     ▲                 │  │ └──file (备案, outside the catalog)──▶ filed ──publish──┘   │
 *     │ (edit while     │  └──return (reasons)──▶ returned ──resubmit──▶ submitted     │ deadline
 *     │  draft/returned)                                                              ▼
 *   closed ──open──▶ opened ──▶ evaluating ──▶ shortlist_published ──▶ concluded
 *     every state from draft to shortlist_published ──▶ cancelled; closed … shortlist_published ──▶ failed
 *
 * Decision: a returned plan is edited in place (status stays `returned`, the regulator's reasons
 * stay visible) and goes straight back to `submitted` on resubmission; it does not pass through
 * `draft` again, so the return reasons and `returned_at` remain on the record until then.
 * Clarifications do not change the state (they may move `response_deadline`).
 */
import {
  assertTransition,
  canTransition,
  checkTransitions,
  type Transitions,
} from "@govmall/procurement-core/domain/state-machine"

export const SOLICITATION_STATUSES = [
  "draft",
  "submitted",
  "approved",
  "filed",
  "returned",
  "published",
  "closed",
  "opened",
  "evaluating",
  "shortlist_published",
  "concluded",
  "failed",
  "cancelled",
] as const
export type SolicitationStatus = (typeof SOLICITATION_STATUSES)[number]

export const SOLICITATION_INITIAL_STATUS: SolicitationStatus = "draft"

export const SOLICITATION_TRANSITIONS: Transitions<SolicitationStatus> = {
  draft: { to: ["submitted", "cancelled"] },
  submitted: { to: ["approved", "filed", "returned", "cancelled"] },
  returned: { to: ["submitted", "cancelled"] },
  approved: { to: ["published", "cancelled"] },
  filed: { to: ["published", "cancelled"] },
  published: { to: ["closed", "cancelled"] },
  // Fewer than the minimum responses at the deadline → failed (流标).
  closed: { to: ["opened", "failed", "cancelled"] },
  opened: { to: ["evaluating", "failed", "cancelled"] },
  evaluating: { to: ["shortlist_published", "failed", "cancelled"] },
  // A challenge upheld during the challenge window may fail the solicitation.
  shortlist_published: { to: ["concluded", "failed", "cancelled"] },
  concluded: { to: [] },
  failed: { to: [] },
  cancelled: { to: [] },
}

/** The agency may change the plan's content only in these states. */
export const EDITABLE_SOLICITATION_STATUSES: readonly SolicitationStatus[] = ["draft", "returned"]

/** States in which the solicitation notice is public (it stays public for the whole term). */
export const PUBLIC_SOLICITATION_STATUSES: readonly SolicitationStatus[] = [
  "published",
  "closed",
  "opened",
  "evaluating",
  "shortlist_published",
  "concluded",
  "failed",
  "cancelled",
]

/** Suppliers may ask clarifications, and the agency answer them, only while published. */
export const CLARIFICATION_STATUSES: readonly SolicitationStatus[] = ["published"]

export function isSolicitationStatus(value: unknown): value is SolicitationStatus {
  return typeof value === "string" && (SOLICITATION_STATUSES as readonly string[]).includes(value)
}

export function canTransitionSolicitation(from: SolicitationStatus, to: SolicitationStatus): boolean {
  return canTransition(SOLICITATION_TRANSITIONS, from, to)
}

/** Throws InvalidTransitionError (kind `not_allowed`) naming the solicitation and both states. */
export function assertSolicitationTransition(from: SolicitationStatus, to: SolicitationStatus, id = "solicitation"): void {
  assertTransition(SOLICITATION_TRANSITIONS, from, to, `solicitation ${id}`)
}

export function isEditableSolicitation(status: SolicitationStatus): boolean {
  return EDITABLE_SOLICITATION_STATUSES.includes(status)
}

/** Problems with the table (unreachable states, dangling targets); empty when sound. */
export function solicitationTransitionProblems(): string[] {
  return checkTransitions(SOLICITATION_TRANSITIONS, SOLICITATION_INITIAL_STATUS)
}
