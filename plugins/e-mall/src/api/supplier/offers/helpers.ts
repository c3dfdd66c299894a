import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { ADMIN_OFFER_FIELDS } from "../../admin/offers/query-config"
import { supplierOrgOf } from "../../policies"

/** Fields a supplier sees of its own offers (the reviewer's user id is left out). */
export const SUPPLIER_OFFER_FIELDS = ADMIN_OFFER_FIELDS.filter((f) => f !== "reviewed_by" && f !== "price_changes.changed_by")

export const supplierOfferListConfig = {
  defaults: SUPPLIER_OFFER_FIELDS,
  allowed: SUPPLIER_OFFER_FIELDS,
  defaultLimit: 20,
  isList: true,
}

/** Re-reads one of the caller's offers; another supplier's offer is 404. */
export async function refetchOwnOffer(req: MedusaRequest, id: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [offer],
  } = await query.graph({
    entity: "offer",
    fields: SUPPLIER_OFFER_FIELDS,
    filters: { id, supplier_org_id: supplierOrgOf(req) },
  })
  if (!offer) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `offer ${id} was not found`)
  }
  return offer
}
