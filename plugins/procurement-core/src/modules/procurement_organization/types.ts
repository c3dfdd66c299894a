import type {
  EnterpriseSize,
  ExpertStatus,
  MemberActorType,
  MemberRole,
  MemberStatus,
  OrganizationKind,
  OrganizationStatus,
  SupplierSpecialStatus,
} from "../../domain/organization-lifecycle"

export type {
  EnterpriseSize,
  ExpertStatus,
  MemberActorType,
  MemberRole,
  MemberStatus,
  OrganizationKind,
  OrganizationStatus,
  SupplierSpecialStatus,
}

export type SupplierProfileDTO = {
  id: string
  enterprise_size: EnterpriseSize
  special_status: SupplierSpecialStatus
  bank_account_name: string
  bank_name: string
  bank_account_number: string
  legal_representative: string | null
  business_scope: string | null
}

export type OrganizationDTO = {
  id: string
  kind: OrganizationKind
  name: string
  uscc: string | null
  region_code: string
  parent_id: string | null
  branch_name: string | null
  status: OrganizationStatus
  status_reason: string | null
  banned_until: Date | null
  submitted_at: Date | null
  approved_at: Date | null
  rejected_at: Date | null
  suspended_at: Date | null
  banned_at: Date | null
  contact_name: string | null
  contact_phone: string | null
  address: string | null
  metadata: Record<string, unknown> | null
  supplier_profile?: SupplierProfileDTO | null
  created_at: Date
  updated_at: Date
}

export type MemberDTO = {
  id: string
  organization_id: string
  actor_type: MemberActorType
  actor_id: string
  role: MemberRole
  email: string
  name: string
  status: MemberStatus
  created_at: Date
  updated_at: Date
}

export type ExpertDTO = {
  id: string
  name: string
  id_number_masked: string
  specialities: string[]
  employer_name: string | null
  employer_uscc: string | null
  region_code: string
  status: ExpertStatus
  phone: string | null
  email: string
  created_at: Date
  updated_at: Date
}

export type OrganizationInput = {
  kind: OrganizationKind
  name: string
  uscc?: string | null
  region_code: string
  parent_id?: string | null
  branch_name?: string | null
  contact_name?: string | null
  contact_phone?: string | null
  address?: string | null
  metadata?: Record<string, unknown> | null
}

export type SupplierProfileInput = {
  enterprise_size: EnterpriseSize
  special_status?: SupplierSpecialStatus
  bank_account_name: string
  bank_name: string
  bank_account_number: string
  legal_representative?: string | null
  business_scope?: string | null
}

export type MemberInput = {
  /** Pre-generated id (custom actors: the id the auth identity is linked to). */
  id?: string
  organization_id: string
  actor_type: MemberActorType
  /** For custom actors (supplier, bank) leave out: the member's own id is used. */
  actor_id?: string
  role: MemberRole
  email: string
  name: string
}

export type RegisterOrganizationInput = {
  organization: OrganizationInput
  supplier_profile?: SupplierProfileInput | null
  /** The registering person, who becomes the organization's first admin member. */
  registrant: { name: string; email: string }
}

export type ExpertInput = {
  name: string
  /** Full resident identity number: validated, masked and hashed, never stored. */
  id_number: string
  specialities: string[]
  employer_name?: string | null
  employer_uscc?: string | null
  region_code: string
  phone?: string | null
  email: string
}

/** Fields a transition changes, to put them back on compensation. */
export type OrganizationTransitionState = Pick<
  OrganizationDTO,
  | "status"
  | "status_reason"
  | "banned_until"
  | "submitted_at"
  | "approved_at"
  | "rejected_at"
  | "suspended_at"
  | "banned_at"
>
