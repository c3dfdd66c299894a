/**
 * Who may call which route of this plugin outside `/admin` — the one place where they are
 * written down. Organization routes resolve the caller's organization with procurement-core's
 * `requireActorOrganization` (401 without an actor, 403 for a wrong kind / status / role).
 *
 * `/admin/certificates` (request for the staff's own organization) and
 * `/admin/certificates/:serial/revoke` are decided by procurement-core's admin role table
 * (`domain/admin-access-policy.ts`, global `/admin*` middleware), which leaves the caller's
 * membership on the request as `procurement_membership`; `membershipOf(req)` reads either.
 *
 * Expert routes (`POST /expert/certificates`, `POST /expert/identity-challenges`,
 * `POST /expert/identity-challenges/:id/answer`) have no organization: they require an
 * authenticated, ACTIVE expert (`active-expert.ts`: 401 / 403), and an expert only ever reaches
 * its own challenges (another expert's id is 404).
 */
import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  requireActorOrganization,
  type RequireActorOrganizationOptions,
} from "@govmall/procurement-core/modules/procurement_organization"

export const E_SIGNATURE_POLICIES = {
  /** POST /supplier/certificates — an approved supplier's admin requests the organization's certificate. */
  "certificates.request.supplier": { kinds: ["supplier"], roles: ["admin"], action: "request a CA certificate" },
  /** POST /bank/certificates */
  "certificates.request.bank": { kinds: ["bank"], roles: ["admin"], action: "request a CA certificate" },
  /** POST /store/certificates — a purchasing unit's admin (Medusa customer). */
  "certificates.request.purchasing_unit": { kinds: ["purchasing_unit"], roles: ["admin"], action: "request a CA certificate" },
} as const satisfies Record<string, RequireActorOrganizationOptions>

export type ESignaturePolicyName = keyof typeof E_SIGNATURE_POLICIES

export type Membership = Awaited<ReturnType<typeof requireActorOrganization>>
export type RequestWithMembership = AuthenticatedMedusaRequest & {
  esign_membership?: Membership
  /** Set by procurement-core's admin role middleware on every allowed `/admin` call. */
  procurement_membership?: Membership
}

/** The caller's membership as resolved by this plugin's policy or by the admin role middleware. */
export function membershipOf(req: MedusaRequest): Membership | undefined {
  const r = req as RequestWithMembership
  return r.esign_membership ?? r.procurement_membership
}

/** Middleware: the caller must satisfy the policy; the membership is left on the request. */
export function requirePolicy(name: ESignaturePolicyName) {
  const options = E_SIGNATURE_POLICIES[name] as unknown as RequireActorOrganizationOptions
  return async (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    try {
      ;(req as RequestWithMembership).esign_membership = await requireActorOrganization(req as AuthenticatedMedusaRequest, options)
      next()
    } catch (error) {
      next(error)
    }
  }
}
