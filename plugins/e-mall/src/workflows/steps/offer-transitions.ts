import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { AuditActor } from "@govmall/procurement-core/modules/procurement_audit"
import type { CertificateKind } from "../../domain/certificate-validity"
import type { DelistReason } from "../../domain/offer-lifecycle"
import { EMALL_OFFER_MODULE } from "../../modules/emall_offer"
import type EmallOfferService from "../../modules/emall_offer/service"
import type { RecordReferencePriceInput, UpdateOfferInput } from "../../modules/emall_offer/types"

/*
 * One step per transition, each the last write of its workflow (only the event follows), so
 * there is nothing after it that could fail and require undoing it. Each calls one service
 * method that locks the row, checks the transition table and audits in the same transaction.
 */

const service = (container: { resolve: <T>(key: string) => T }) =>
  container.resolve<EmallOfferService>(EMALL_OFFER_MODULE)

export const submitOfferStep = createStep(
  "submit-offer",
  async (input: { id: string; required_certificate_kinds: CertificateKind[]; actor: AuditActor }, { container }) =>
    new StepResponse(await service(container).submitOffer(input.id, input.required_certificate_kinds, input.actor))
)

export const approveOfferStep = createStep(
  "approve-offer",
  async (input: { id: string; required_certificate_kinds: CertificateKind[]; actor: AuditActor }, { container }) =>
    new StepResponse(await service(container).approveOffer(input.id, input.required_certificate_kinds, input.actor))
)

export const rejectOfferStep = createStep(
  "reject-offer",
  async (input: { id: string; reason: string; actor: AuditActor }, { container }) =>
    new StepResponse(await service(container).rejectOffer(input.id, input.reason, input.actor))
)

export const delistOfferStep = createStep(
  "delist-offer",
  async (input: { id: string; reason: DelistReason; note?: string | null; actor: AuditActor }, { container }) =>
    new StepResponse(await service(container).delistOffer(input.id, input.reason, input.note ?? null, input.actor))
)

export const changeOfferPriceStep = createStep(
  "change-offer-price",
  async (input: { id: string; price_fen: number; reason?: string | null; actor: AuditActor }, { container }) =>
    new StepResponse(await service(container).changeOfferPrice(input.id, input.price_fen, input.reason ?? null, input.actor))
)

export const updateOfferTermsStep = createStep(
  "update-offer-terms",
  async (input: { id: string; terms: UpdateOfferInput; actor: AuditActor }, { container }) =>
    new StepResponse(await service(container).updateOfferTerms(input.id, input.terms, input.actor))
)

export const recordReferencePriceStep = createStep(
  "record-reference-price",
  async (input: { reference: RecordReferencePriceInput; actor: AuditActor }, { container }) =>
    new StepResponse(await service(container).recordReferencePrice(input.reference, input.actor))
)
