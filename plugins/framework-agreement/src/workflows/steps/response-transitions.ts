import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { AuditActor } from "@govmall/procurement-core/modules/procurement_audit"
import type { RecordOpeningInput, SubmitResponseInput } from "../../modules/response/types"
import { SOLICITATION_MODULE } from "../../modules/solicitation"
import type SolicitationModuleService from "../../modules/solicitation/service"
import { TRANSITION_FIELDS, type SolicitationDTO, type SolicitationTransitionState } from "../../modules/solicitation/types"
import { responseService } from "./response-context"

/*
 * One step per transition; each is one service method that locks, checks, writes and audits
 * in one transaction. Compensations undo a write when a later step of the workflow fails.
 */

export const submitResponseStep = createStep(
  "submit-response",
  async (input: { submission: SubmitResponseInput; actor: AuditActor }, { container }) => {
    const created = await responseService(container).submitResponse(input.submission, input.actor)
    return new StepResponse(created, { id: created.id, actor: input.actor })
  },
  async (undo, { container }) => {
    if (!undo) return
    await responseService(container).discardResponse(undo.id, undo.actor)
  }
)

/**
 * No compensation: nothing follows the write but the event, and un-withdrawing would need the
 * deadline check again.
 */
export const withdrawResponseStep = createStep(
  "withdraw-response",
  async (input: { response_id: string; solicitation_id: string; supplier_org_id: string; actor: AuditActor }, { container }) =>
    new StepResponse(await responseService(container).withdrawResponse(input.response_id, input.solicitation_id, input.supplier_org_id, input.actor))
)

const stateOf = (s: SolicitationDTO): SolicitationTransitionState =>
  Object.fromEntries(TRANSITION_FIELDS.map((f) => [f, (s as Record<string, unknown>)[f] ?? null])) as SolicitationTransitionState

/** published → closed → opened at/after the opening time; compensation puts the state back. */
export const openSolicitationStep = createStep(
  "open-solicitation",
  async (input: { id: string; before: SolicitationDTO; actor: AuditActor }, { container }) => {
    const after = await container.resolve<SolicitationModuleService>(SOLICITATION_MODULE).openSolicitation(input.id, input.actor)
    return new StepResponse(after, { id: input.id, previous: stateOf(input.before), actor: input.actor })
  },
  async (undo, { container }) => {
    if (!undo) return
    await container.resolve<SolicitationModuleService>(SOLICITATION_MODULE).restoreSolicitationState(undo.id, undo.previous, "solicitation.opened", undo.actor)
  }
)

export const startOpeningStep = createStep(
  "start-response-opening",
  async (input: { solicitation_id: string; actor: AuditActor }, { container }) => {
    const opening = await responseService(container).startOpening(input.solicitation_id, input.actor)
    return new StepResponse(opening, opening.id)
  },
  async (id, { container }) => {
    if (!id) return
    await responseService(container).discardOpening(id)
  }
)

/** The decided opening of one response. No compensation: a released key cannot be taken back. */
export const recordResponseOpeningStep = createStep(
  "record-response-opening",
  async (
    input: { response_id: string; solicitation_id: string; supplier_org_id: string; opening: RecordOpeningInput; actor: AuditActor },
    { container }
  ) =>
    new StepResponse(
      await responseService(container).recordOpening(input.response_id, input.solicitation_id, input.supplier_org_id, input.opening, input.actor)
    )
)

/** Ends the window (invalidates the undecrypted, computes and stores the clues); the last write. */
export const closeOpeningStep = createStep(
  "close-response-opening",
  async (input: { solicitation_id: string; actor: AuditActor }, { container }) =>
    new StepResponse(await responseService(container).closeOpening(input.solicitation_id, input.actor))
)
