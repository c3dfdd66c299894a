import type { LoaderOptions } from "@medusajs/framework/types"
import { loadPlatformCa } from "../platform-ca"

/**
 * At startup, says loudly when the platform CA is not configured. It does not stop the
 * process (migrations and other tooling load modules too); issuing, verifying and the /ca
 * routes then fail with the same message naming GOVMALL_CA_DIR.
 */
export default async function checkPlatformCaLoader({ container }: LoaderOptions) {
  try {
    loadPlatformCa()
  } catch (error) {
    const logger = container.resolve("logger") as { error(message: string): void }
    logger.error(`e_signature: ${(error as Error).message}`)
  }
}
