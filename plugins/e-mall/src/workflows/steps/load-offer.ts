import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EMALL_OFFER_MODULE } from "../../modules/emall_offer"
import type EmallOfferService from "../../modules/emall_offer/service"
import type { OfferDTO } from "../../modules/emall_offer/types"

export const loadOfferStepId = "load-offer"

/**
 * Reads an offer; NOT_FOUND when missing or, with `supplier_org_id`, when it belongs to another
 * supplier (a supplier cannot tell another's offer from a missing one).
 */
export const loadOfferStep = createStep(
  loadOfferStepId,
  async (input: { id: string; supplier_org_id?: string }, { container }) => {
    const service = container.resolve<EmallOfferService>(EMALL_OFFER_MODULE)
    const [offer] = (await service.listOffers({ id: input.id })) as unknown as OfferDTO[]
    if (!offer || (input.supplier_org_id && offer.supplier_org_id !== input.supplier_org_id)) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `offer ${input.id} was not found`)
    }
    return new StepResponse(offer)
  }
)
