import { emitEventStep, setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ProcurementCoreEvents } from "../events"
import type { AuditActor } from "../modules/procurement_audit/append-audit-entry"
import type { ExpertInput } from "../modules/procurement_organization/types"
import { createExpertStep } from "./steps/create-expert"
import { registerEmailpassIdentityStep } from "./steps/register-emailpass-identity"
import { validateRegionScopeStep } from "./steps/validate-region-scope"

export type EnrollExpertWorkflowInput = { expert: ExpertInput; password: string; actor: AuditActor }

export const enrollExpertWorkflowId = "enroll-expert"

/**
 * Enrolls an evaluation expert with a login as custom actor `expert`
 * (app_metadata.expert_id = exp_…): region guard (a regulator or agency enrolls experts only
 * into its own province's pool; FORBIDDEN) → identity → expert row (id number masked +
 * hashed, audited) → link → event. Compensated.
 */
export const enrollExpertWorkflow = createWorkflow(enrollExpertWorkflowId, (input: EnrollExpertWorkflowInput) => {
  const scope = transform({ input }, ({ input }) => ({
    region_code: input.expert.region_code ?? null,
    actor: input.actor,
    action: "enroll",
    label: "an expert",
  }))
  validateRegionScopeStep(scope)
  const credentials = transform({ input }, ({ input }) => ({ email: input.expert.email, password: input.password }))
  const identity = registerEmailpassIdentityStep(credentials)
  const expert = createExpertStep({ expert: input.expert, actor: input.actor })
  const link = transform({ identity, expert }, ({ identity, expert }) => ({
    authIdentityId: identity.id,
    actorType: "expert",
    value: expert.id,
  }))
  setAuthAppMetadataStep(link)
  const eventData = transform({ expert }, ({ expert }) => ({ id: expert.id }))
  emitEventStep({ eventName: ProcurementCoreEvents.EXPERT_ENROLLED, data: eventData })
  return new WorkflowResponse(expert)
})
