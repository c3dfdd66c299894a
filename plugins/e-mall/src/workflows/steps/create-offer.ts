import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { AuditActor } from "@govmall/procurement-core/modules/procurement_audit"
import { EMALL_OFFER_MODULE } from "../../modules/emall_offer"
import type EmallOfferService from "../../modules/emall_offer/service"
import type { CreateOfferInput, OfferDTO } from "../../modules/emall_offer/types"

export const createOfferStepId = "create-offer"

/** Creates the offer (audited); compensation discards it (audited `offer.discarded`). */
export const createOfferStep = createStep(
  createOfferStepId,
  async (input: { offer: CreateOfferInput; actor: AuditActor }, { container }) => {
    const service = container.resolve<EmallOfferService>(EMALL_OFFER_MODULE)
    const offer = await service.createOffer(input.offer, input.actor)
    return new StepResponse<OfferDTO, { id: string; actor: AuditActor }>(offer, { id: offer.id, actor: input.actor })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    await container.resolve<EmallOfferService>(EMALL_OFFER_MODULE).discardOffer(undo.id, undo.actor)
  }
)
