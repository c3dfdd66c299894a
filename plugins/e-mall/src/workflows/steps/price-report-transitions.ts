import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { AuditActor } from "@govmall/procurement-core/modules/procurement_audit"
import { PROCUREMENT_CALENDAR_MODULE, type ProcurementCalendarService } from "@govmall/procurement-core/modules/procurement_calendar"
import { procurementClock } from "@govmall/procurement-core/modules/procurement_clock"
import { EMALL_OFFER_MODULE } from "../../modules/emall_offer"
import type EmallOfferService from "../../modules/emall_offer/service"
import type { CreatePriceReportInput } from "../../modules/emall_offer/types"

/*
 * One step per transition, each the last write of its workflow (only events follow; the
 * inbox notifications are sent by a subscriber of those events). Each calls one service method
 * that locks the offer and the report, checks the transition table and audits in the same
 * transaction.
 */

const service = (container: { resolve: <T>(key: string) => T }) =>
  container.resolve<EmallOfferService>(EMALL_OFFER_MODULE)

export const createPriceReportStepId = "create-price-report"
export const createPriceReportStep = createStep(
  createPriceReportStepId,
  async (input: { report: CreatePriceReportInput; actor: AuditActor }, { container }) =>
    new StepResponse(await service(container).createPriceReport(input.report, input.actor))
)

export const upholdPriceReportStepId = "uphold-price-report"
/** The deadline is counted on the platform's working-day calendar as it is now (with overrides). */
export const upholdPriceReportStep = createStep(
  upholdPriceReportStepId,
  async (input: { id: string; reason: string; target_price_fen: number; actor: AuditActor }, { container }) => {
    const calendar = await container.resolve<ProcurementCalendarService>(PROCUREMENT_CALENDAR_MODULE).getCalendar()
    return new StepResponse(
      await service(container).upholdPriceReport(
        input.id,
        { reason: input.reason, target_price_fen: input.target_price_fen },
        calendar,
        input.actor
      )
    )
  }
)

export const dismissPriceReportStepId = "dismiss-price-report"
export const dismissPriceReportStep = createStep(
  dismissPriceReportStepId,
  async (input: { id: string; reason: string; actor: AuditActor }, { container }) =>
    new StepResponse(await service(container).dismissPriceReport(input.id, input.reason, input.actor))
)

export const expireOverduePriceReportsStepId = "expire-overdue-price-reports"
/**
 * Expires every upheld report past its deadline at the business clock's now, delisting its
 * offer. Each report is its own transaction with its audit entries; a failure leaves earlier
 * ones done (each is correct on its own) and the next run picks up the rest.
 */
export const expireOverduePriceReportsStep = createStep(
  expireOverduePriceReportsStepId,
  async (input: { actor: AuditActor }, { container }) => {
    const emall = service(container)
    const ids = await emall.listOverduePriceReportIds(procurementClock.now())
    const expired: Array<{ id: string; offer_id: string; offer_delisted: boolean }> = []
    for (const id of ids) {
      const { report, offer_delisted } = await emall.expirePriceReport(id, input.actor)
      expired.push({ id: report.id, offer_id: report.offer_id, offer_delisted })
    }
    return new StepResponse(expired)
  }
)
