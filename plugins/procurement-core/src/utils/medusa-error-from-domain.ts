import { MedusaError } from "@medusajs/framework/utils"
import { DomainError, isDomainError } from "../domain/domain-error"

const TYPE_BY_KIND: Record<DomainError["kind"], string> = {
  invalid_data: MedusaError.Types.INVALID_DATA,
  not_allowed: MedusaError.Types.NOT_ALLOWED,
}

/** Domain errors become MedusaErrors of the matching type; anything else is returned as is. */
export function medusaErrorFromDomain(error: unknown): unknown {
  if (isDomainError(error)) {
    return new MedusaError(TYPE_BY_KIND[error.kind], error.message)
  }
  return error
}

/** Runs `fn`, rethrowing a domain error as a MedusaError (sync or async). */
export async function withMedusaErrors<T>(fn: () => T | Promise<T>): Promise<T> {
  try {
    return await fn()
  } catch (error) {
    throw medusaErrorFromDomain(error)
  }
}

/** Synchronous variant of `withMedusaErrors`. */
export function withMedusaErrorsSync<T>(fn: () => T): T {
  try {
    return fn()
  } catch (error) {
    throw medusaErrorFromDomain(error)
  }
}
