import { Module } from "@medusajs/framework/utils"
import { PROCUREMENT_ORGANIZATION_MODULE } from "./require-actor-organization"
import ProcurementOrganizationService from "./service"

export default Module(PROCUREMENT_ORGANIZATION_MODULE, {
  service: ProcurementOrganizationService,
})

export { PROCUREMENT_ORGANIZATION_MODULE, requireActorOrganization } from "./require-actor-organization"
export type { RequireActorOrganizationOptions } from "./require-actor-organization"
export { ProcurementOrganizationService }
export { organizationAuditState, organizationTransitionState } from "./organization-state"
export type {
  EnterpriseSize,
  ExpertDTO,
  ExpertInput,
  ExpertStatus,
  MemberActorType,
  MemberDTO,
  MemberInput,
  MemberRole,
  MemberStatus,
  OrganizationDTO,
  OrganizationInput,
  OrganizationKind,
  OrganizationStatus,
  OrganizationTransitionState,
  RegisterOrganizationInput,
  SupplierProfileDTO,
  SupplierProfileInput,
  SupplierSpecialStatus,
} from "./types"
