import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { AuditActor } from "@govmall/procurement-core/modules/procurement_audit"
import { EmallEvents } from "../events"
import { delistOffersWithExpiredCertificatesStep } from "./steps/delist-offers-with-expired-certificates"

export const delistOffersWithExpiredCertificatesWorkflowId = "delist-emall-offers-with-expired-certificates"

/** Takes off the catalog every approved offer whose required certificate has expired. */
export const delistOffersWithExpiredCertificatesWorkflow = createWorkflow(
  delistOffersWithExpiredCertificatesWorkflowId,
  (input: { actor: AuditActor }) => {
    const ids = delistOffersWithExpiredCertificatesStep(input)
    // emitEventStep takes one event name and a data array (one event per item).
    const data = transform({ ids }, ({ ids }) => ids.map((id) => ({ id, reason: "certificate_expired" })))
    emitEventStep({ eventName: EmallEvents.OFFER_DELISTED, data })
    return new WorkflowResponse(ids)
  }
)
