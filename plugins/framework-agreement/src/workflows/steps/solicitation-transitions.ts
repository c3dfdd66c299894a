import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { AuditActor } from "@govmall/procurement-core/modules/procurement_audit"
import { SOLICITATION_MODULE } from "../../modules/solicitation"
import type SolicitationModuleService from "../../modules/solicitation/service"
import {
  TRANSITION_FIELDS,
  type CreateSolicitationInput,
  type ReviewDecision,
  type SolicitationDTO,
  type SolicitationTransitionState,
  type UpdateSolicitationInput,
} from "../../modules/solicitation/types"

/*
 * One step per transition. Each calls one service method that locks the row, checks the
 * transition table and the rules, writes with the milestone and audits in the same
 * transaction. The compensation puts the transition fields back (audited `…_compensated`)
 * when a later step of the workflow fails.
 */

const service = (container: { resolve: <T>(key: string) => T }) => container.resolve<SolicitationModuleService>(SOLICITATION_MODULE)

type Undo = { id: string; previous: SolicitationTransitionState; action: string; actor: AuditActor }

const stateOf = (s: SolicitationDTO): SolicitationTransitionState =>
  Object.fromEntries(TRANSITION_FIELDS.map((f) => [f, (s as Record<string, unknown>)[f] ?? null])) as SolicitationTransitionState

const restore = async (undo: Undo | undefined, { container }: { container: { resolve: <T>(key: string) => T } }) => {
  if (!undo) return
  await service(container).restoreSolicitationState(undo.id, undo.previous, undo.action, undo.actor)
}

export const createSolicitationStep = createStep(
  "create-solicitation",
  async (input: { plan: CreateSolicitationInput; actor: AuditActor }, { container }) => {
    const created = await service(container).createSolicitation(input.plan, input.actor)
    return new StepResponse(created, { id: created.id, actor: input.actor })
  },
  async (undo, { container }) => {
    if (!undo) return
    // A draft that a later step could not finish: removed with its lots (the audit entry of its creation stays).
    await service(container).deleteSolicitations(undo.id)
  }
)

export const updateSolicitationStep = createStep(
  "update-solicitation",
  async (input: { id: string; changes: UpdateSolicitationInput; actor: AuditActor }, { container }) =>
    new StepResponse(await service(container).updateSolicitation(input.id, input.changes, input.actor))
)

export const submitSolicitationStep = createStep(
  "submit-solicitation",
  async (input: { id: string; before: SolicitationDTO; actor: AuditActor }, { container }) => {
    const after = await service(container).submitSolicitation(input.id, input.actor)
    return new StepResponse(after, { id: input.id, previous: stateOf(input.before), action: "solicitation.submitted", actor: input.actor })
  },
  restore
)

export const reviewSolicitationStep = createStep(
  "review-solicitation",
  async (
    input: { id: string; before: SolicitationDTO; decision: ReviewDecision; text: string | null; actor: AuditActor },
    { container }
  ) => {
    const after = await service(container).reviewSolicitation(input.id, input.decision, input.text, input.actor)
    return new StepResponse(after, { id: input.id, previous: stateOf(input.before), action: `solicitation.${after.status}`, actor: input.actor })
  },
  restore
)

export const publishSolicitationStep = createStep(
  "publish-solicitation",
  async (
    input: { id: string; before: SolicitationDTO; at: Date; response_deadline: Date; notice_announcement_id: string; actor: AuditActor },
    { container }
  ) => {
    const after = await service(container).publishSolicitation(
      input.id,
      { at: new Date(input.at), response_deadline: new Date(input.response_deadline), notice_announcement_id: input.notice_announcement_id },
      input.actor
    )
    return new StepResponse(after, { id: input.id, previous: stateOf(input.before), action: "solicitation.published", actor: input.actor })
  },
  restore
)

export const cancelSolicitationStep = createStep(
  "cancel-solicitation",
  async (input: { id: string; before: SolicitationDTO; reason: string; actor: AuditActor }, { container }) => {
    const after = await service(container).cancelSolicitation(input.id, input.reason, input.actor)
    return new StepResponse(after, { id: input.id, previous: stateOf(input.before), action: "solicitation.cancelled", actor: input.actor })
  },
  restore
)
