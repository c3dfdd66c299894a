import { emitEventStep, setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { MemberActorType, MemberRole } from "../domain/organization-lifecycle"
import { ProcurementCoreEvents } from "../events"
import type { AuditActor } from "../modules/procurement_audit/append-audit-entry"
import { createMemberStep } from "./steps/create-member"
import { createMemberAccountStep } from "./steps/create-member-account"
import { registerEmailpassIdentityStep } from "./steps/register-emailpass-identity"
import { validateRegionScopeStep } from "./steps/validate-region-scope"

export type EnrollMemberWorkflowInput = {
  organization_id: string
  /** Decided by the organization's kind (`memberActorTypeForKind`). */
  actor_type: MemberActorType
  email: string
  password: string
  name: string
  phone?: string | null
  role: MemberRole
  actor: AuditActor
}

export const enrollMemberWorkflowId = "enroll-member"

/**
 * Enrolls a person in an organization, with a login:
 * 0. region guard: a regulator enrolls only into organizations of its province (FORBIDDEN);
 * 1. emailpass auth identity with the password (auth module `register`);
 * 2. the Medusa actor: customer (purchasing unit), admin user (agency / regulator / platform),
 *    or for supplier / bank a pre-generated member id;
 * 3. the member row (audited `member.created`);
 * 4. auth identity app_metadata.<actor_type>_id = actor id → `POST /auth/<actor_type>/emailpass` works;
 * 5. event procurement_core.member_enrolled.
 * Every step compensates (identity, customer / user and member are removed on failure).
 */
export const enrollMemberWorkflow = createWorkflow(enrollMemberWorkflowId, (input: EnrollMemberWorkflowInput) => {
  const scope = transform({ input }, ({ input }) => ({
    organization_id: input.organization_id,
    actor: input.actor,
    action: "enroll members into",
  }))
  validateRegionScopeStep(scope)
  const identity = registerEmailpassIdentityStep({ email: input.email, password: input.password })
  const account = createMemberAccountStep({
    actor_type: input.actor_type,
    email: input.email,
    name: input.name,
    phone: input.phone,
  })
  const memberInput = transform({ input, account }, ({ input, account }) => ({
    member: {
      id: account.member_id,
      organization_id: input.organization_id,
      actor_type: account.actor_type,
      actor_id: account.actor_id,
      role: input.role,
      email: input.email,
      name: input.name,
    },
    actor: input.actor,
  }))
  const member = createMemberStep(memberInput)
  const link = transform({ identity, account }, ({ identity, account }) => ({
    authIdentityId: identity.id,
    actorType: account.actor_type,
    value: account.actor_id,
  }))
  setAuthAppMetadataStep(link)
  const eventData = transform({ member }, ({ member }) => ({
    id: member.id,
    organization_id: member.organization_id,
    actor_type: member.actor_type,
    actor_id: member.actor_id,
  }))
  emitEventStep({ eventName: ProcurementCoreEvents.MEMBER_ENROLLED, data: eventData })
  return new WorkflowResponse(member)
})
