import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import {
  requireActorOrganization,
  type RequireActorOrganizationOptions,
} from "@govmall/procurement-core/modules/procurement_organization"

/**
 * Who may call the e-mall routes OUTSIDE `/admin`. Every `/admin/*` route of this plugin
 * (offers, reference prices, catalog reindex, e-mall orders) is decided by procurement-core's
 * one access table (`domain/admin-access-policy.ts`, applied by its global admin role
 * middleware): this file holds no admin rule.
 *
 * | routes                                     | who                                          |
 * |--------------------------------------------|----------------------------------------------|
 * | GET /catalog/products, …/:id/offers        | anyone with the publishable key (checked in  |
 * | (aliases GET /store/catalog, …)            | the catalog's SQL statement)                 |
 * | /store/emall/…                             | customers of an approved purchasing unit     |
 * | /supplier/offers…, /supplier/orders…       | members of an approved supplier organization |
 */
export const EMALL_POLICIES = {
  /** /supplier/offers… and /supplier/orders…: members (any role) of an approved supplier organization. */
  supplierOffers: {
    kinds: ["supplier"],
    statuses: ["approved"],
    action: "manage e-mall offers",
  } satisfies RequireActorOrganizationOptions,
}

/** The supplier organization of the caller, set by `requireSupplierOrganization`. */
export function supplierOrgOf(req: MedusaRequest): string {
  const orgId = (req as MedusaRequest & { emall_supplier_org_id?: string }).emall_supplier_org_id
  if (!orgId) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "a supplier organization is required")
  }
  return orgId
}

/** Middleware for /supplier/offers…: an approved supplier organization's member. */
export async function requireSupplierOrganization(
  req: AuthenticatedMedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  try {
    const { organization } = await requireActorOrganization(req, EMALL_POLICIES.supplierOffers)
    ;(req as AuthenticatedMedusaRequest & { emall_supplier_org_id?: string }).emall_supplier_org_id = organization.id
    next()
  } catch (error) {
    next(error)
  }
}

/** /store/emall/…: a logged-in customer who is a member of an approved purchasing unit. */
export const PURCHASER_POLICY = {
  kinds: ["purchasing_unit"],
  statuses: ["approved"],
  action: "buy in the e-mall",
} satisfies RequireActorOrganizationOptions

/** The purchasing unit of the caller, set by `requirePurchasingUnit`. */
export function purchasingUnitOf(req: MedusaRequest): string {
  const orgId = (req as MedusaRequest & { emall_purchasing_unit_org_id?: string }).emall_purchasing_unit_org_id
  if (!orgId) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "a purchasing unit is required")
  }
  return orgId
}

/** Middleware for /store/emall/…: an approved purchasing unit's member (customer actor). */
export async function requirePurchasingUnit(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const { organization } = await requireActorOrganization(req, PURCHASER_POLICY)
    ;(req as AuthenticatedMedusaRequest & { emall_purchasing_unit_org_id?: string }).emall_purchasing_unit_org_id = organization.id
    next()
  } catch (error) {
    next(error)
  }
}
