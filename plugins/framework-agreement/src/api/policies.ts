import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import {
  requireActorOrganization,
  type RequireActorOrganizationOptions,
} from "@govmall/procurement-core/modules/procurement_organization"

/**
 * Who may call the framework-agreement routes OUTSIDE `/admin`. Every `/admin/*` route of this
 * plugin is decided by procurement-core's one access table (`domain/admin-access-policy.ts`:
 * agency operators draft, agency approvers submit / publish / cancel, regulators approve / file
 * / return) plus the record scopes in the workflows (`domain/solicitation-scope.ts`).
 *
 * | routes                                                   | who                                          |
 * |----------------------------------------------------------|----------------------------------------------|
 * | GET /store/solicitations[/:id]                           | anyone with the publishable key (no log-in)  |
 * | GET /supplier/solicitations, POST …/:id/clarifications   | members of an approved supplier organization |
 * | /supplier/framework-agreements… (list, read, sign, apply, leave) | members of an approved supplier organization; the workflows check the agreement is theirs |
 * | GET /store/framework-agreements                          | a logged-in customer of an approved purchasing unit; only agreements eligible to it |
 * | GET/POST /supplier/solicitations/:id/responses,           | members of an approved supplier organization;|
 * |   …/responses/:response_id/{replace,withdraw,open},       |   only their own organization's responses    |
 * |   POST …/:id/deposits                                     |   (another's → 404)                          |
 *
 * Every /supplier/solicitations* route goes through `requireApprovedSupplier` (one matcher in
 * middlewares.ts); the workflows take the organization from it, never from the body. A
 * certificate is not required to call the routes: the response's signature is what proves it.
 */
export const FRAMEWORK_AGREEMENT_POLICIES = {
  supplierSolicitations: {
    kinds: ["supplier"],
    statuses: ["approved"],
    action: "take part in framework-agreement solicitations",
  } satisfies RequireActorOrganizationOptions,
  purchaserAgreements: {
    kinds: ["purchasing_unit"],
    statuses: ["approved"],
    action: "see framework agreements available to their unit",
  } satisfies RequireActorOrganizationOptions,
}

/** Middleware for /supplier/solicitations…: an approved supplier organization's member. */
export async function requireApprovedSupplier(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const { organization } = await requireActorOrganization(req, FRAMEWORK_AGREEMENT_POLICIES.supplierSolicitations)
    ;(req as AuthenticatedMedusaRequest & { fa_supplier_org_id?: string }).fa_supplier_org_id = organization.id
    next()
  } catch (error) {
    next(error)
  }
}

export function supplierOrgOf(req: MedusaRequest): string {
  const id = (req as MedusaRequest & { fa_supplier_org_id?: string }).fa_supplier_org_id
  if (!id) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "a supplier organization is required")
  return id
}

/** Middleware for /store/framework-agreements: an approved purchasing unit's member (customer actor). */
export async function requirePurchasingUnit(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const { organization } = await requireActorOrganization(req, FRAMEWORK_AGREEMENT_POLICIES.purchaserAgreements)
    ;(req as AuthenticatedMedusaRequest & { fa_purchasing_unit_id?: string }).fa_purchasing_unit_id = organization.id
    next()
  } catch (error) {
    next(error)
  }
}

export function purchasingUnitOf(req: MedusaRequest): string {
  const id = (req as MedusaRequest & { fa_purchasing_unit_id?: string }).fa_purchasing_unit_id
  if (!id) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "a purchasing unit is required")
  return id
}
