import type { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * The sales channels of the request's publishable key (Medusa puts them on
 * `publishable_key_context` for every /store route). As in Medusa's own /store/products,
 * products outside them are not shown and a key without a sales channel is refused.
 */
export function keySalesChannelIds(req: MedusaRequest): string[] {
  const context = (req as MedusaRequest & { publishable_key_context?: { sales_channel_ids?: string[] } })
    .publishable_key_context
  const ids = context?.sales_channel_ids ?? []
  if (!ids.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Publishable key needs to have a sales channel configured")
  }
  return ids
}
