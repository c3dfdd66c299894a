import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createOfferWorkflow } from "../../../workflows/create-offer"
import { supplierOrgOf } from "../../policies"
import { actorFromRequest } from "../../utils/request-actor"
import { refetchOwnOffer } from "./helpers"
import type { SupplierCreateOfferType } from "./validators"

/** The caller's own offers. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: offers, metadata } = await query.graph({
    entity: "offer",
    fields: req.queryConfig.fields,
    filters: { ...req.filterableFields, supplier_org_id: supplierOrgOf(req) },
    pagination: req.queryConfig.pagination,
  })
  res.json({ offers, count: metadata?.count, offset: metadata?.skip, limit: metadata?.take })
}

/** Lists a product: a new offer, submitted for review unless `submit: false`. */
export const POST = async (req: MedusaRequest<SupplierCreateOfferType>, res: MedusaResponse) => {
  const orgId = supplierOrgOf(req)
  const { result } = await createOfferWorkflow(req.scope).run({
    input: {
      offer: { ...req.validatedBody, supplier_org_id: orgId, submit: req.validatedBody.submit ?? true },
      actor: actorFromRequest(req, orgId),
    },
  })
  res.status(201).json({ offer: await refetchOwnOffer(req, result.id) })
}
