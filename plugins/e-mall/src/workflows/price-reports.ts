import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { AuditActor } from "@govmall/procurement-core/modules/procurement_audit"
import { EmallEvents } from "../events"
import type { CreatePriceReportInput } from "../modules/emall_offer/types"
import {
  createPriceReportStep,
  dismissPriceReportStep,
  expireOverduePriceReportsStep,
  upholdPriceReportStep,
} from "./steps/price-report-transitions"

export const createPriceReportWorkflowId = "create-emall-price-report"
/** A purchaser (member of `report.reporter_org_id`) reports an approved offer as over-priced. */
export const createPriceReportWorkflow = createWorkflow(
  createPriceReportWorkflowId,
  (input: { report: CreatePriceReportInput; actor: AuditActor }) => {
    const report = createPriceReportStep(input)
    const data = transform({ report }, ({ report }) => ({ id: report.id, offer_id: report.offer_id }))
    emitEventStep({ eventName: EmallEvents.PRICE_REPORT_CREATED, data })
    return new WorkflowResponse(report)
  }
)

export const upholdPriceReportWorkflowId = "uphold-emall-price-report"
/** The agency upholds: target price and deadline (N working days) for the supplier. */
export const upholdPriceReportWorkflow = createWorkflow(
  upholdPriceReportWorkflowId,
  (input: { id: string; reason: string; target_price_fen: number; actor: AuditActor }) => {
    const report = upholdPriceReportStep(input)
    const data = transform({ report }, ({ report }) => ({
      id: report.id,
      offer_id: report.offer_id,
      target_price_fen: report.target_price_fen,
      lower_by: report.lower_by,
    }))
    emitEventStep({ eventName: EmallEvents.PRICE_REPORT_UPHELD, data })
    return new WorkflowResponse(report)
  }
)

export const dismissPriceReportWorkflowId = "dismiss-emall-price-report"
export const dismissPriceReportWorkflow = createWorkflow(
  dismissPriceReportWorkflowId,
  (input: { id: string; reason: string; actor: AuditActor }) => {
    const report = dismissPriceReportStep(input)
    const data = transform({ report }, ({ report }) => ({ id: report.id, offer_id: report.offer_id }))
    emitEventStep({ eventName: EmallEvents.PRICE_REPORT_DISMISSED, data })
    return new WorkflowResponse(report)
  }
)

export const expireOverduePriceReportsWorkflowId = "expire-overdue-emall-price-reports"
/** Run by the job: overdue upheld reports expire and their offers are delisted. */
export const expireOverduePriceReportsWorkflow = createWorkflow(
  expireOverduePriceReportsWorkflowId,
  (input: { actor: AuditActor }) => {
    const expired = expireOverduePriceReportsStep(input)
    const expiredData = transform({ expired }, ({ expired }) => expired)
    const delistedData = transform({ expired }, ({ expired }) =>
      expired.filter((e) => e.offer_delisted).map((e) => ({ id: e.offer_id, reason: "over_price_not_lowered" }))
    )
    emitEventStep({ eventName: EmallEvents.PRICE_REPORT_EXPIRED, data: expiredData }).config({ name: "emit-price-reports-expired" })
    emitEventStep({ eventName: EmallEvents.OFFER_DELISTED, data: delistedData }).config({ name: "emit-offers-delisted" })
    return new WorkflowResponse(expired)
  }
)
