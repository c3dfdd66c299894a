import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { AuditActor } from "@govmall/procurement-core/modules/procurement_audit"
import { procurementClock } from "@govmall/procurement-core/modules/procurement_clock"
import {
  checkCertificates,
  DEFAULT_CERTIFICATE_REQUIREMENTS,
  describeCertificateProblems,
  requiredCertificateKinds,
  type CertificateFacts,
} from "../../domain/certificate-validity"
import { EMALL_OFFER_MODULE } from "../../modules/emall_offer"
import type EmallOfferService from "../../modules/emall_offer/service"

export const delistOffersWithExpiredCertificatesStepId = "delist-offers-with-expired-certificates"

type Candidate = { id: string; category_handles: string[]; certificates: CertificateFacts[] }

/**
 * Finds approved offers in categories that require a certificate and delists (certificate_expired)
 * each one whose required certificate is missing or expired at the business clock's now. Each
 * delisting is its own transaction with its audit entry; a failure leaves earlier ones done
 * (they are correct on their own), and the next run picks up the rest.
 */
export const delistOffersWithExpiredCertificatesStep = createStep(
  delistOffersWithExpiredCertificatesStepId,
  async (input: { actor: AuditActor }, { container }) => {
    const service = container.resolve<EmallOfferService>(EMALL_OFFER_MODULE)
    const now = procurementClock.now()
    const handles = Object.keys(DEFAULT_CERTIFICATE_REQUIREMENTS)
    const candidates = (await service.listApprovedOffersInCategories(handles)) as Candidate[]
    const delisted: string[] = []
    for (const offer of candidates) {
      const check = checkCertificates(requiredCertificateKinds(offer.category_handles), offer.certificates, now)
      if (!check.ok) {
        await service.delistOffer(offer.id, "certificate_expired", describeCertificateProblems(check), input.actor)
        delisted.push(offer.id)
      }
    }
    return new StepResponse(delisted)
  }
)
