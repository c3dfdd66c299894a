import type { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError, PUBLISHABLE_KEY_HEADER } from "@medusajs/framework/utils"
import { catalogKeyState } from "../../modules/emall_offer/catalog-key"

/**
 * The publishable key of a purchaser catalog request (header `x-publishable-api-key`). The
 * catalog checks the key inside its own SQL statement (modules/emall_offer/catalog-key.ts);
 * the refusals and their messages are Medusa's own (ensurePublishableApiKeyMiddleware), so a
 * client sees the same answers under /catalog as under /store.
 */
export function publishableKeyOf(req: MedusaRequest): string {
  const token = req.get(PUBLISHABLE_KEY_HEADER)
  if (!token) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Publishable API key required in the request header: ${PUBLISHABLE_KEY_HEADER}. You can manage your keys in settings in the dashboard.`
    )
  }
  return token
}

/** Refuses the request when its statement found no usable key, or a key without sales channel. */
export function assertUsableKey(keyChannels: number | null | undefined): void {
  const state = catalogKeyState(keyChannels)
  if (state === "invalid") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "A valid publishable key is required to proceed with the request")
  }
  if (state === "no_sales_channel") {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Publishable key needs to have a sales channel configured")
  }
}
