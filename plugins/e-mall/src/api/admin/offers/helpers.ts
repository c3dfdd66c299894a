import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { ADMIN_OFFER_FIELDS } from "./query-config"

/** Re-reads one offer with its certificates and price history (404 if absent). */
export async function refetchOffer(req: MedusaRequest, id: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [offer],
  } = await query.graph({ entity: "offer", fields: ADMIN_OFFER_FIELDS, filters: { id } })
  if (!offer) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `offer ${id} was not found`)
  }
  return offer
}
