import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { AuditActor } from "@govmall/procurement-core/modules/procurement_audit"
import type { ScopeActor } from "../domain/solicitation-scope"
import { FrameworkAgreementEvents as Events } from "../events"
import { loadSolicitationStep } from "./steps/load-solicitation"
import { closeOpeningStep, openSolicitationStep, startOpeningStep } from "./steps/response-transitions"

type Act = { id: string; actor: AuditActor; caller?: ScopeActor | null }

/**
 * The agency opens at/after the opening time (= response deadline): published → closed →
 * opened, and the opening window starts. If creating the window fails the state is put back.
 */
export const openSolicitationWorkflow = createWorkflow("open-framework-solicitation", (input: Act) => {
  const before = loadSolicitationStep({ id: input.id, caller: input.caller, scope: "manage" })
  openSolicitationStep({ id: input.id, before, actor: input.actor })
  const opening = startOpeningStep({ solicitation_id: input.id, actor: input.actor })
  const data = transform({ opening }, ({ opening }) => ({ id: opening.solicitation_id, window_closes_at: opening.window_closes_at }))
  emitEventStep({ eventName: Events.SOLICITATION_OPENED, data })
  return new WorkflowResponse(opening)
})

/**
 * The agency ends the opening window (at its end, or earlier when every response is decided):
 * the responses never decrypted become invalid; the collusion clues are computed, stored and
 * emitted for the panel and the regulator.
 */
export const closeOpeningWorkflow = createWorkflow("close-framework-opening", (input: Act) => {
  loadSolicitationStep({ id: input.id, caller: input.caller, scope: "manage" })
  const closed = closeOpeningStep({ solicitation_id: input.id, actor: input.actor })
  const events = transform({ closed, input }, ({ closed, input }) => [
    {
      name: Events.OPENING_CLOSED,
      data: { id: input.id, invalidated: closed.invalidated, clue_count: closed.clues.length },
    },
    {
      name: Events.COLLUSION_CLUES_FOUND,
      data: {
        solicitation_id: input.id,
        clues: closed.clues.map((c) => ({ kind: c.kind, lot_id: c.lot_id, supplier_ids: c.supplier_ids, response_ids: c.response_ids })),
      },
    },
  ])
  emitEventStep({ eventName: Events.OPENING_CLOSED, data: transform({ events }, ({ events }) => events[0].data) }).config({ name: "emit-opening-closed" })
  emitEventStep({ eventName: Events.COLLUSION_CLUES_FOUND, data: transform({ events }, ({ events }) => events[1].data) }).config({ name: "emit-collusion-clues" })
  return new WorkflowResponse(closed)
})
