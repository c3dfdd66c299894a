import type { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PROCUREMENT_ORGANIZATION_MODULE } from "../../modules/procurement_organization/require-actor-organization"
import type ProcurementOrganizationService from "../../modules/procurement_organization/service"
import type { ExpertDTO, MemberDTO, OrganizationDTO } from "../../modules/procurement_organization/types"

export function organizationService(req: MedusaRequest) {
  return req.scope.resolve<ProcurementOrganizationService>(PROCUREMENT_ORGANIZATION_MODULE)
}

/** An organization with its supplier profile (and, for staff views, its members). */
export async function refetchOrganization(
  req: MedusaRequest,
  id: string,
  { withMembers = false } = {}
): Promise<OrganizationDTO & { members?: MemberDTO[] }> {
  const [organization] = (await organizationService(req).listOrganizations(
    { id },
    { take: 1, relations: withMembers ? ["supplier_profile", "members"] : ["supplier_profile"] }
  )) as Array<OrganizationDTO & { members?: MemberDTO[] }>
  if (!organization) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `organization ${id} was not found`)
  }
  return organization
}

/** Expert as shown over HTTP: never the identity-number hash. */
export function expertView(expert: ExpertDTO & { id_number_hash?: string }) {
  const { id_number_hash: _hash, ...rest } = expert
  return rest
}

export async function refetchExpert(req: MedusaRequest, id: string) {
  const [expert] = (await organizationService(req).listExperts({ id }, { take: 1 })) as unknown as ExpertDTO[]
  if (!expert) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `expert ${id} was not found`)
  }
  return expertView(expert)
}
