import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import {
  requireActorOrganization,
  type RequireActorOrganizationOptions,
} from "@govmall/procurement-core/modules/procurement_organization"

/**
 * Who may call the e-mall routes: the one place to change when roles arrive.
 *
 * | routes                                   | who                                              |
 * |------------------------------------------|--------------------------------------------------|
 * | GET /store/catalog, …/products/:id/offers | anyone with the publishable key (purchasers)     |
 * | /admin/offers…, /admin/reference-prices,  | listing reviewers: today every admin user; next  |
 * | /admin/catalog/reindex                    | session, users of an agency organization         |
 * | /supplier/offers…                         | supplier actors of an approved supplier org      |
 */
export const EMALL_POLICIES = {
  /** Actor types allowed to review listings and record reference prices. */
  listingReviewerActorTypes: ["user"] as readonly string[],
  /** /supplier/offers…: members (any role) of an approved supplier organization. */
  supplierOffers: {
    kinds: ["supplier"],
    statuses: ["approved"],
    action: "manage e-mall offers",
  } satisfies RequireActorOrganizationOptions,
}

export function isListingReviewer(auth: { actor_type?: string } | undefined): boolean {
  return !!auth?.actor_type && EMALL_POLICIES.listingReviewerActorTypes.includes(auth.actor_type)
}

/** Middleware for the agency's routes. */
export function requireListingReviewer(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  if (!isListingReviewer(req.auth_context)) {
    return next(new MedusaError(MedusaError.Types.FORBIDDEN, "only listing reviewers may do this"))
  }
  next()
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
