import type { MemberDTO, OrganizationDTO, OrganizationTransitionState } from "./types"

/** What a status transition changes; restored as a whole by the compensation. */
export function organizationTransitionState(organization: OrganizationDTO): OrganizationTransitionState {
  return {
    status: organization.status,
    status_reason: organization.status_reason ?? null,
    banned_until: organization.banned_until ?? null,
    submitted_at: organization.submitted_at ?? null,
    approved_at: organization.approved_at ?? null,
    rejected_at: organization.rejected_at ?? null,
    suspended_at: organization.suspended_at ?? null,
    banned_at: organization.banned_at ?? null,
  }
}

/** The state whose digest goes into the audit log: identity plus the transition state. */
export function organizationAuditState(organization: OrganizationDTO) {
  return {
    id: organization.id,
    kind: organization.kind,
    name: organization.name,
    uscc: organization.uscc ?? null,
    region_code: organization.region_code,
    parent_id: organization.parent_id ?? null,
    ...organizationTransitionState(organization),
  }
}

export function memberAuditState(member: MemberDTO) {
  return {
    id: member.id,
    organization_id: member.organization_id,
    actor_type: member.actor_type,
    actor_id: member.actor_id,
    role: member.role,
    email: member.email,
    status: member.status,
  }
}
