/**
 * Amendments (合同变更): a signed contract is never edited; every change is a separate record
 * that both parties sign, and the terms in force are the original folded with the signed
 * amendments in order (`effectiveLines`).
 *
 *   draft ─1st signature─▶ awaiting_signatures ─2nd signature─▶ signed
 *     └───────────────▶ withdrawn ◀───────────┘
 *
 * Rules checked on an amendment's proposed lines:
 * - the contract must be in an amendable state (contract-lifecycle.ts);
 * - add-on purchases may not exceed 10 % of the ORIGINAL contract total (GPL 49,
 *   contracts-and-deadlines.md), cap rounded down to the fen;
 * - a framework-agreement contract is fixed-price and may not change the agreement's
 *   substantive terms (framework-agreement.md, "Closed agreements"): no unit price may rise;
 * - 3 or more amendments of one contract is a red flag (Prozorro State Audit rule,
 *   supervision.md): returned as a flag for the warning service, not a refusal.
 */
import {
  assertTransition,
  canTransition,
  checkTransitions,
  type Transitions,
} from "@govmall/procurement-core/domain/state-machine"
import { InvalidTransitionError, InvalidValueError } from "@govmall/procurement-core/domain/domain-error"
import { percentOfFen } from "@govmall/procurement-core/domain/money"
import { AMENDABLE_CONTRACT_STATUSES, type ContractStatus } from "./contract-lifecycle"
import { contractTotal, type ContractLine } from "./contract-money"

export const AMENDMENT_STATUSES = ["draft", "awaiting_signatures", "signed", "withdrawn"] as const
export type AmendmentStatus = (typeof AMENDMENT_STATUSES)[number]

export const AMENDMENT_TRANSITIONS: Transitions<AmendmentStatus> = {
  draft: { to: ["awaiting_signatures", "withdrawn"] },
  awaiting_signatures: { to: ["signed", "withdrawn"] },
  signed: { to: [] },
  withdrawn: { to: [] },
}

export function canTransitionAmendment(from: AmendmentStatus, to: AmendmentStatus): boolean {
  return canTransition(AMENDMENT_TRANSITIONS, from, to)
}

export function assertAmendmentTransition(from: AmendmentStatus, to: AmendmentStatus, id = "amendment"): void {
  assertTransition(AMENDMENT_TRANSITIONS, from, to, `amendment ${id}`)
}

export function amendmentTransitionProblems(): string[] {
  return checkTransitions(AMENDMENT_TRANSITIONS, "draft")
}

export const DEFAULT_ADD_ON_PERCENT = 10
export const DEFAULT_AMENDMENT_RED_FLAG_COUNT = 3

export type Amendment = {
  sequence: number
  status: AmendmentStatus
  /** The full line list in force once this amendment is signed. */
  lines: readonly ContractLine[]
}

/** The lines in force: the last signed amendment's lines (by sequence), else the original. */
export function effectiveLines(original: readonly ContractLine[], amendments: readonly Amendment[]): readonly ContractLine[] {
  const signed = amendments.filter((a) => a.status === "signed").sort((a, b) => a.sequence - b.sequence)
  return signed.length ? signed[signed.length - 1].lines : original
}

export type AmendmentCheckInput = {
  contract_id?: string
  contract_status: ContractStatus
  source: "framework_agreement" | "e_mall"
  original_lines: readonly ContractLine[]
  amendments: readonly Amendment[]
  proposed_lines: readonly ContractLine[]
  add_on_percent?: number
  red_flag_count?: number
}

export type AmendmentCheck = {
  original_total_fen: number
  proposed_total_fen: number
  add_on_cap_fen: number
  flags: Array<"many_amendments">
}

export function checkAmendment(input: AmendmentCheckInput): AmendmentCheck {
  const id = input.contract_id ?? "contract"
  if (!AMENDABLE_CONTRACT_STATUSES.includes(input.contract_status)) {
    throw new InvalidTransitionError(
      input.contract_status,
      input.contract_status,
      `contract ${id} is "${input.contract_status}": amendments are possible only once it is signed and until it is paid`
    )
  }
  const originalTotal = contractTotal(input.original_lines)
  const proposedTotal = contractTotal(input.proposed_lines)
  const cap = percentOfFen(originalTotal, input.add_on_percent ?? DEFAULT_ADD_ON_PERCENT, "down")
  if (proposedTotal - originalTotal > cap) {
    throw new InvalidValueError(
      `lines: the amended total ${proposedTotal} fen exceeds the original ${originalTotal} fen by more than ${cap} fen (${input.add_on_percent ?? DEFAULT_ADD_ON_PERCENT} %, add-on purchase limit)`
    )
  }
  if (input.source === "framework_agreement") {
    const inForce = new Map(effectiveLines(input.original_lines, input.amendments).map((l) => [l.item_id, l.unit_price_fen]))
    input.proposed_lines.forEach((line, index) => {
      const before = inForce.get(line.item_id)
      if (before === undefined) {
        throw new InvalidValueError(`lines[${index}].item_id "${line.item_id}" is not in the contract: a framework-agreement contract cannot add items`)
      }
      if (line.unit_price_fen > before) {
        throw new InvalidValueError(
          `lines[${index}].unit_price_fen ${line.unit_price_fen} is above the contracted ${before}: framework-agreement contracts are fixed-price`
        )
      }
    })
  }
  const count = input.amendments.filter((a) => a.status !== "withdrawn").length + 1
  return {
    original_total_fen: originalTotal,
    proposed_total_fen: proposedTotal,
    add_on_cap_fen: cap,
    flags: count >= (input.red_flag_count ?? DEFAULT_AMENDMENT_RED_FLAG_COUNT) ? ["many_amendments"] : [],
  }
}
