/**
 * When a closed agreement may run a supplementary solicitation (补充征集) during its term (see
 * shared/domain/framework-agreement.md, "Closed agreements" — removal): only if the solicitation
 * documents provided for it, the remaining parties are **fewer than 70 %** of the original
 * number, and the shortfall hurts execution [S]. It then uses the original conditions, method
 * and elimination rate — so the caller reuses the original's ranking and shortlist rules.
 *
 * "Fewer than 70 %" is strict and computed in integers: 7 of 10 remaining (exactly 70 %) is not
 * enough; 6 of 10 is. The threshold is configuration (default 70).
 */
import { DomainError, InvalidValueError } from "@govmall/procurement-core/domain/domain-error"

export const DEFAULT_SUPPLEMENTARY_THRESHOLD_PERCENT = 70

export type SupplementaryInput = {
  provided_in_documents: boolean
  original_count: number
  /** Parties still active or suspended (removed and departed ones do not count). */
  remaining_count: number
  execution_affected: boolean
  threshold_percent?: number
}

export type SupplementaryRefusal = "not_provided_in_documents" | "enough_parties_remain" | "execution_not_affected"

function whole(value: unknown, label: string, minimum: number): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < minimum) {
    throw new InvalidValueError(`${label} must be a whole number ≥ ${minimum}, got ${String(value)}`)
  }
  return value
}

/** Every reason the supplementary solicitation is refused; empty when it is allowed. */
export function supplementaryRefusals(input: SupplementaryInput): SupplementaryRefusal[] {
  const original = whole(input.original_count, "original_count", 1)
  const remaining = whole(input.remaining_count, "remaining_count", 0)
  const threshold = whole(input.threshold_percent ?? DEFAULT_SUPPLEMENTARY_THRESHOLD_PERCENT, "threshold_percent", 1)
  if (remaining > original) {
    throw new InvalidValueError(`remaining_count ${remaining} exceeds original_count ${original}`)
  }
  const refusals: SupplementaryRefusal[] = []
  if (!input.provided_in_documents) refusals.push("not_provided_in_documents")
  if (remaining * 100 >= original * threshold) refusals.push("enough_parties_remain")
  if (!input.execution_affected) refusals.push("execution_not_affected")
  return refusals
}

/** Throws a `not_allowed` DomainError listing every unmet condition. */
export function assertSupplementaryAllowed(input: SupplementaryInput, agreementId = "agreement"): void {
  const refusals = supplementaryRefusals(input)
  if (refusals.length) {
    throw new DomainError("not_allowed", `agreement ${agreementId} cannot run a supplementary solicitation: ${refusals.join(", ")}`)
  }
}
