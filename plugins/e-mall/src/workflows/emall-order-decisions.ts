import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { cancelOrderWorkflow, emitEventStep } from "@medusajs/medusa/core-flows"
import type { AuditActor } from "@govmall/procurement-core/modules/procurement_audit"
import { procurementClock } from "@govmall/procurement-core/modules/procurement_clock"
import { selectOverdueOrders } from "../domain/select-overdue-orders"
import { EmallEvents } from "../events"
import { EMALL_OFFER_MODULE } from "../modules/emall_offer"
import type EmallOfferService from "../modules/emall_offer/service"
import { transitionEmallOrderStep, type TransitionEmallOrderInput } from "./steps/transition-emall-order"

const EVENT_BY_STATUS = {
  confirmed: EmallEvents.ORDER_CONFIRMED,
  declined: EmallEvents.ORDER_DECLINED,
  cancelled: EmallEvents.ORDER_CANCELLED,
} as const

export const decideEmallOrderWorkflowId = "emall-decide-emall-order"

/**
 * A supplier's (or the platform's) decision on an e-mall order: confirmed; or declined /
 * cancelled — then the Medusa order is cancelled with Medusa's cancelOrderWorkflow, which
 * deletes the inventory reservations and cancels the uncaptured (authorized) payment. If the
 * cancellation fails, the row goes back to its previous state.
 */
export const decideEmallOrderWorkflow = createWorkflow(decideEmallOrderWorkflowId, (input: TransitionEmallOrderInput) => {
  const order = transitionEmallOrderStep(input)
  when("emall-order-release", { input }, ({ input }) => input.to !== "confirmed").then(() => {
    cancelOrderWorkflow.runAsStep({
      input: transform({ order, input }, ({ order, input }) => ({ order_id: order.order_id, canceled_by: input.actor.actor_id })),
    })
  })
  const event = transform({ order, input }, ({ order, input }) => ({
    eventName: EVENT_BY_STATUS[input.to],
    data: { id: order.id, order_id: order.order_id, supplier_org_id: order.supplier_org_id, reason: order.reason ?? null },
  }))
  emitEventStep(event)
  return new WorkflowResponse(order)
})

export const cancelOverdueEmallOrdersStepId = "emall-cancel-overdue-emall-orders"

/**
 * Finds the orders whose confirmation deadline passed (business clock; `selectOverdueOrders`)
 * and cancels each with `decideEmallOrderWorkflow` (reason `confirmation_overdue`), each in its
 * own run so one failure does not block the others. Returns the cancelled ids.
 */
export const cancelOverdueEmallOrdersStep = createStep(
  cancelOverdueEmallOrdersStepId,
  async (input: { actor: AuditActor }, { container }) => {
    const service = container.resolve(EMALL_OFFER_MODULE) as EmallOfferService
    const now = procurementClock.now()
    const candidates = (await service.listEmallOrders(
      { status: "pending_confirmation", confirm_by: { $lt: now } } as any,
      { select: ["id", "status", "confirm_by"], take: 500 }
    )) as unknown as Array<{ id: string; status: "pending_confirmation"; confirm_by: Date }>
    const cancelled: string[] = []
    const failed: { id: string; message: string }[] = []
    for (const order of selectOverdueOrders(candidates, now)) {
      try {
        await decideEmallOrderWorkflow(container).run({
          input: { id: order.id, to: "cancelled", reason: "confirmation_overdue", actor: input.actor },
        })
        cancelled.push(order.id)
      } catch (error) {
        failed.push({ id: order.id, message: (error as Error).message })
      }
    }
    return new StepResponse({ cancelled, failed })
  }
)

export const cancelOverdueEmallOrdersWorkflowId = "emall-cancel-overdue-emall-orders"

export const cancelOverdueEmallOrdersWorkflow = createWorkflow(
  cancelOverdueEmallOrdersWorkflowId,
  (input: { actor: AuditActor }) => new WorkflowResponse(cancelOverdueEmallOrdersStep(input))
)
