import { Modules } from "@medusajs/framework/utils"
import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, emitEventStep } from "@medusajs/medusa/core-flows"
import type { AuditActor } from "@govmall/procurement-core/modules/procurement_audit"
import { EmallEvents } from "../events"
import { EMALL_OFFER_MODULE } from "../modules/emall_offer"
import type { CreateOfferInput } from "../modules/emall_offer/types"
import { createOfferStep } from "./steps/create-offer"
import { loadOfferProductStep } from "./steps/load-offer-product"

export type CreateOfferWorkflowInput = {
  offer: Omit<CreateOfferInput, "required_certificate_kinds">
  actor: AuditActor
}

export const createOfferWorkflowId = "create-emall-offer"

/**
 * product exists and is published → create the offer (price ≤ reference, certificates, history,
 * audit; submitted for review when `submit`) → link product ↔ offer → `offerCreated` hook →
 * event. If a later step or the hook fails, the link is removed and the offer discarded
 * (compensation, audited `offer.discarded`).
 */
export const createOfferWorkflow = createWorkflow(createOfferWorkflowId, (input: CreateOfferWorkflowInput) => {
  const product = loadOfferProductStep({ product_id: input.offer.product_id })
  const offerInput = transform({ input, product }, ({ input, product }) => ({
    offer: { ...input.offer, required_certificate_kinds: product.required_certificate_kinds },
    actor: input.actor,
  }))
  const offer = createOfferStep(offerInput)
  const links = transform({ offer }, ({ offer }) => [
    { [Modules.PRODUCT]: { product_id: offer.product_id }, [EMALL_OFFER_MODULE]: { offer_id: offer.id } },
  ])
  createRemoteLinkStep(links)
  /** `offerCreated` hook: an application handler may veto (throw); the offer is then discarded. */
  const offerCreated = createHook("offerCreated", { offer, actor: input.actor })
  // emitEventStep takes one event name and its data (an array gives one event per item).
  const created = transform({ offer }, ({ offer }) => ({ id: offer.id }))
  const submitted = transform({ offer }, ({ offer }) =>
    offer.status === "pending_review" ? [{ id: offer.id, status: offer.status }] : []
  )
  emitEventStep({ eventName: EmallEvents.OFFER_CREATED, data: created }).config({ name: "emit-offer-created" })
  emitEventStep({ eventName: EmallEvents.OFFER_SUBMITTED, data: submitted }).config({ name: "emit-offer-submitted" })
  return new WorkflowResponse(offer, { hooks: [offerCreated] })
})
