import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { AuditActor } from "@govmall/procurement-core/modules/procurement_audit"
import type { EmallOrderStatus } from "../../domain/emall-order-lifecycle"
import { EMALL_OFFER_MODULE } from "../../modules/emall_offer"
import type EmallOfferService from "../../modules/emall_offer/service"

export type TransitionEmallOrderInput = {
  id: string
  to: Exclude<EmallOrderStatus, "pending_confirmation">
  reason?: string | null
  /** A supplier's run: another supplier's order is NOT_FOUND. */
  supplier_org_id?: string
  actor: AuditActor
}

export const transitionEmallOrderStepId = "emall-transition-emall-order"

/** Locks, checks the table, writes status + milestone + audit; compensation restores the row. */
export const transitionEmallOrderStep = createStep(
  transitionEmallOrderStepId,
  async (input: TransitionEmallOrderInput, { container }) => {
    const service = container.resolve(EMALL_OFFER_MODULE) as EmallOfferService
    const before = (await service.listEmallOrders({ id: input.id }))[0] as Record<string, any> | undefined
    const after = await service.transitionEmallOrder(
      input.id,
      input.to,
      { reason: input.reason, supplier_org_id: input.supplier_org_id },
      input.actor
    )
    const restore = before && {
      id: before.id,
      state: {
        status: before.status,
        confirmed_at: before.confirmed_at,
        declined_at: before.declined_at,
        cancelled_at: before.cancelled_at,
        reason: before.reason,
        decided_by: before.decided_by,
      },
    }
    return new StepResponse(after, restore)
  },
  async (restore, { container }) => {
    if (!restore) return
    await (container.resolve(EMALL_OFFER_MODULE) as EmallOfferService).restoreEmallOrder(restore.id, restore.state)
  }
)
