import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { AuditActor } from "@govmall/procurement-core/modules/procurement_audit"
import type { DelistReason } from "../domain/offer-lifecycle"
import { EmallEvents } from "../events"
import type { RecordReferencePriceInput, UpdateOfferInput } from "../modules/emall_offer/types"
import { loadOfferStep } from "./steps/load-offer"
import { loadOfferProductStep } from "./steps/load-offer-product"
import {
  approveOfferStep,
  changeOfferPriceStep,
  delistOfferStep,
  recordReferencePriceStep,
  rejectOfferStep,
  submitOfferStep,
  updateOfferTermsStep,
} from "./steps/offer-transitions"

/** `supplier_org_id` set: the caller is that supplier and may act only on its own offers. */
type OfferActionInput = { id: string; actor: AuditActor; supplier_org_id?: string }

export const submitOfferWorkflow = createWorkflow("submit-emall-offer", (input: OfferActionInput) => {
  const offer = loadOfferStep({ id: input.id, supplier_org_id: input.supplier_org_id })
  const product = loadOfferProductStep({ product_id: offer.product_id })
  const stepInput = transform({ input, product }, ({ input, product }) => ({
    id: input.id,
    actor: input.actor,
    required_certificate_kinds: product.required_certificate_kinds,
  }))
  const submitted = submitOfferStep(stepInput)
  emitEventStep({ eventName: EmallEvents.OFFER_SUBMITTED, data: { id: input.id, status: submitted.status } })
  return new WorkflowResponse(submitted)
})

export const approveOfferWorkflow = createWorkflow("approve-emall-offer", (input: OfferActionInput) => {
  const offer = loadOfferStep({ id: input.id })
  const product = loadOfferProductStep({ product_id: offer.product_id })
  const stepInput = transform({ input, product }, ({ input, product }) => ({
    id: input.id,
    actor: input.actor,
    required_certificate_kinds: product.required_certificate_kinds,
  }))
  const approved = approveOfferStep(stepInput)
  emitEventStep({ eventName: EmallEvents.OFFER_APPROVED, data: { id: input.id } })
  return new WorkflowResponse(approved)
})

export const rejectOfferWorkflow = createWorkflow(
  "reject-emall-offer",
  (input: OfferActionInput & { reason: string }) => {
    const rejected = rejectOfferStep({ id: input.id, reason: input.reason, actor: input.actor })
    emitEventStep({ eventName: EmallEvents.OFFER_REJECTED, data: { id: input.id } })
    return new WorkflowResponse(rejected)
  }
)

export const delistOfferWorkflow = createWorkflow(
  "delist-emall-offer",
  (input: OfferActionInput & { reason: DelistReason; note?: string | null }) => {
    loadOfferStep({ id: input.id, supplier_org_id: input.supplier_org_id })
    const delisted = delistOfferStep({ id: input.id, reason: input.reason, note: input.note, actor: input.actor })
    emitEventStep({ eventName: EmallEvents.OFFER_DELISTED, data: { id: input.id, reason: input.reason } })
    return new WorkflowResponse(delisted)
  }
)

/**
 * A supplier's new price. Upheld price reports whose target it meets (in time) are resolved in
 * the same transaction; an increase is refused while a report is upheld.
 */
export const changeOfferPriceWorkflow = createWorkflow(
  "change-emall-offer-price",
  (input: OfferActionInput & { price_fen: number; reason?: string | null }) => {
    const before = loadOfferStep({ id: input.id, supplier_org_id: input.supplier_org_id })
    const changed = changeOfferPriceStep({ id: input.id, price_fen: input.price_fen, reason: input.reason, actor: input.actor })
    const data = transform({ before, changed }, ({ before, changed }) => ({
      id: changed.id,
      old_price_fen: before.price_fen,
      new_price_fen: changed.price_fen,
      status: changed.status,
    }))
    emitEventStep({ eventName: EmallEvents.OFFER_PRICE_CHANGED, data }).config({ name: "emit-offer-price-changed" })
    const resolved = transform({ changed }, ({ changed }) =>
      (changed.resolved_price_reports ?? []).map((report) => ({
        id: report.id,
        offer_id: report.offer_id,
        price_fen: changed.price_fen,
      }))
    )
    emitEventStep({ eventName: EmallEvents.PRICE_REPORT_RESOLVED, data: resolved }).config({ name: "emit-price-reports-resolved" })
    return new WorkflowResponse(changed)
  }
)

export const updateOfferTermsWorkflow = createWorkflow(
  "update-emall-offer-terms",
  (input: OfferActionInput & { terms: UpdateOfferInput }) => {
    loadOfferStep({ id: input.id, supplier_org_id: input.supplier_org_id })
    const updated = updateOfferTermsStep({ id: input.id, terms: input.terms, actor: input.actor })
    emitEventStep({ eventName: EmallEvents.OFFER_UPDATED, data: { id: input.id } })
    return new WorkflowResponse(updated)
  }
)

export const recordReferencePriceWorkflow = createWorkflow(
  "record-emall-reference-price",
  (input: { reference: RecordReferencePriceInput; actor: AuditActor }) => {
    loadOfferProductStep({ product_id: input.reference.product_id })
    const saved = recordReferencePriceStep(input)
    const data = transform({ saved }, ({ saved }) => ({ id: saved.id, product_id: saved.product_id, price_fen: saved.price_fen }))
    emitEventStep({ eventName: EmallEvents.REFERENCE_PRICE_RECORDED, data })
    return new WorkflowResponse(saved)
  }
)
