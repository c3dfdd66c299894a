/**
 * Errors raised by pure domain code. They carry a `kind` that the Medusa layer maps to a
 * MedusaError type (see `src/utils/medusa-error-from-domain.ts`), so domain files never import
 * @medusajs packages.
 *
 * - `invalid_data`: a value is malformed or out of range      → MedusaError.Types.INVALID_DATA
 * - `not_allowed`:  a transition or policy forbids the action → MedusaError.Types.NOT_ALLOWED
 */
export type DomainErrorKind = "invalid_data" | "not_allowed"

const DOMAIN_ERROR_MARK = "__govmallDomainError"

export class DomainError extends Error {
  readonly kind: DomainErrorKind
  readonly [DOMAIN_ERROR_MARK] = true

  constructor(kind: DomainErrorKind, message: string) {
    super(message)
    this.name = new.target.name
    this.kind = kind
  }
}

/** A value that cannot be used: bad money amount, malformed date, unknown status. */
export class InvalidValueError extends DomainError {
  constructor(message: string) {
    super("invalid_data", message)
  }
}

/** A lifecycle transition that the transition table does not allow. */
export class InvalidTransitionError extends DomainError {
  readonly from: string
  readonly to: string

  constructor(from: string, to: string, message: string) {
    super("not_allowed", message)
    this.from = from
    this.to = to
  }
}

/**
 * True for any DomainError, also one thrown by a second copy of this file (a test runner and
 * the Medusa loader may each load their own), hence the mark rather than `instanceof` alone.
 */
export function isDomainError(error: unknown): error is DomainError {
  return (
    error instanceof DomainError ||
    (typeof error === "object" &&
      error !== null &&
      (error as Record<string, unknown>)[DOMAIN_ERROR_MARK] === true)
  )
}
