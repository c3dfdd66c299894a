/**
 * Lifecycle of a procurement contract (for framework-agreement awards and e-mall orders
 * alike), as one transition table (issue #5 item 7; e-mall.md "Order to payment";
 * contracts-and-deadlines.md "Contracts"):
 *
 *   draft ─1st signature─▶ awaiting_signatures ─2nd signature─▶ signed ──▶ delivered
 *     │                         │                                 │           │
 *     └──────▶ cancelled ◀──────┘                                 ▼           ├─▶ accepted ───────────┐
 *                                                            terminated ◀─────┼─▶ partially_accepted ─┼─▶ invoiced ─▶ paid ─▶ closed
 *                                                                             └─▶ rejected            │
 *                                                     (partially_accepted | rejected) ─▶ delivered (re-delivery)
 *
 * Decisions:
 * - Publication (公告, ≤2 working days after signing) and filing (备案, ≤7 working days) are
 *   MILESTONES (`published_at`, `filed_at`), not states: they run beside delivery (a supplier
 *   may deliver the day after signing, before the contract is filed) and a state machine with
 *   them as states would need every combination. Their deadlines are in contract-deadlines.ts.
 * - Prepayment is a payment record made after signing (contract-money.ts), not a state; the
 *   contract is `paid` when the balance after the invoice is paid.
 * - Only a `draft` is editable. Once a party has signed, the signed bytes are fixed: any change
 *   is a signed amendment (contract-amendment.ts); `assertContractEditable` guards this.
 * - `cancelled`: never signed by both parties (refused, or the award passed to the runner-up).
 *   `terminated`: ended after signing, by a signed termination (e.g. goods rejected and not
 *   re-delivered).
 */
import {
  assertTransition,
  canTransition,
  checkTransitions,
  type Transitions,
} from "@govmall/procurement-core/domain/state-machine"
import { InvalidTransitionError, InvalidValueError } from "@govmall/procurement-core/domain/domain-error"

export const CONTRACT_STATUSES = [
  "draft",
  "awaiting_signatures",
  "signed",
  "delivered",
  "accepted",
  "partially_accepted",
  "rejected",
  "invoiced",
  "paid",
  "closed",
  "cancelled",
  "terminated",
] as const
export type ContractStatus = (typeof CONTRACT_STATUSES)[number]

export const CONTRACT_INITIAL_STATUS: ContractStatus = "draft"

export const CONTRACT_TRANSITIONS: Transitions<ContractStatus> = {
  draft: { to: ["awaiting_signatures", "cancelled"] },
  awaiting_signatures: { to: ["signed", "cancelled"] },
  signed: { to: ["delivered", "terminated"] },
  delivered: { to: ["accepted", "partially_accepted", "rejected"] },
  accepted: { to: ["invoiced"] },
  // The rest delivered again, or invoiced for the accepted part (the rest dropped by amendment).
  partially_accepted: { to: ["delivered", "invoiced", "terminated"] },
  rejected: { to: ["delivered", "terminated"] },
  invoiced: { to: ["paid"] },
  paid: { to: ["closed"] },
  closed: { to: [] },
  cancelled: { to: [] },
  terminated: { to: [] },
}

/** States in which a signed amendment may still be added. */
export const AMENDABLE_CONTRACT_STATUSES: readonly ContractStatus[] = [
  "signed",
  "delivered",
  "accepted",
  "partially_accepted",
  "rejected",
  "invoiced",
]

/** States with both signatures: the contract is public (published) from here on. */
export const SIGNED_CONTRACT_STATUSES: readonly ContractStatus[] = [
  "signed",
  "delivered",
  "accepted",
  "partially_accepted",
  "rejected",
  "invoiced",
  "paid",
  "closed",
  "terminated",
]

export function isContractStatus(value: unknown): value is ContractStatus {
  return typeof value === "string" && (CONTRACT_STATUSES as readonly string[]).includes(value)
}

export function canTransitionContract(from: ContractStatus, to: ContractStatus): boolean {
  return canTransition(CONTRACT_TRANSITIONS, from, to)
}

export function assertContractTransition(from: ContractStatus, to: ContractStatus, contractId = "contract"): void {
  assertTransition(CONTRACT_TRANSITIONS, from, to, `contract ${contractId}`)
}

export function contractTransitionProblems(): string[] {
  return checkTransitions(CONTRACT_TRANSITIONS, CONTRACT_INITIAL_STATUS)
}

export function assertContractEditable(status: ContractStatus, contractId = "contract"): void {
  if (status !== "draft") {
    throw new InvalidTransitionError(
      status,
      status,
      `contract ${contractId} is "${status}": only a draft can be edited; a signed contract changes only by a signed amendment`
    )
  }
}

export type ContractParty = "purchaser" | "supplier"

/**
 * The status after `party` signs a contract that `signedBy` parties already signed: the first
 * signature moves draft → awaiting_signatures, the second → signed. A party signing twice, or a
 * signature on a contract past signing, is refused.
 */
export function statusAfterSignature(
  status: ContractStatus,
  signedBy: readonly ContractParty[],
  party: ContractParty,
  contractId = "contract"
): ContractStatus {
  if (party !== "purchaser" && party !== "supplier") {
    throw new InvalidValueError(`party must be "purchaser" or "supplier", got ${JSON.stringify(party)}`)
  }
  if (signedBy.includes(party)) {
    throw new InvalidTransitionError(status, status, `contract ${contractId} is already signed by the ${party}`)
  }
  const next: ContractStatus = signedBy.length === 0 ? "awaiting_signatures" : "signed"
  if ((status === "draft") !== (signedBy.length === 0)) {
    throw new InvalidValueError(
      `contract ${contractId} is "${status}" but has ${signedBy.length} signature(s): inconsistent record`
    )
  }
  assertContractTransition(status, next, contractId)
  return next
}

export const ACCEPTANCE_RESULTS = ["pass", "partial", "fail"] as const
export type AcceptanceResult = (typeof ACCEPTANCE_RESULTS)[number]

const ACCEPTANCE_STATUS: Record<AcceptanceResult, ContractStatus> = {
  pass: "accepted",
  partial: "partially_accepted",
  fail: "rejected",
}

/** The purchaser's acceptance (履约验收) outcome → next status; partial and fail need notes. */
export function statusAfterAcceptance(
  status: ContractStatus,
  result: AcceptanceResult,
  notes: string | null | undefined,
  contractId = "contract"
): ContractStatus {
  if (!ACCEPTANCE_RESULTS.includes(result)) {
    throw new InvalidValueError(`result must be one of pass, partial, fail; got ${JSON.stringify(result)}`)
  }
  if (result !== "pass" && !notes?.trim()) {
    throw new InvalidValueError(`notes are required when the acceptance result is "${result}"`)
  }
  const next = ACCEPTANCE_STATUS[result]
  assertContractTransition(status, next, contractId)
  return next
}
