import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { MedusaError } from "@medusajs/framework/utils"
import type { AuditActor } from "@govmall/procurement-core/modules/procurement_audit"
import { procurementClock } from "@govmall/procurement-core/modules/procurement_clock"
import { membershipApplicationDocument, type AgreementProduct } from "../domain/agreement-document"
import { applicationReviewDueAt } from "../domain/agreement-schedule"
import type { RemovalReason } from "../domain/membership-lifecycle"
import type { ScopeActor } from "../domain/solicitation-scope"
import { FrameworkAgreementEvents as Events } from "../events"
import type { MembershipDTO } from "../modules/framework-agreement/types"
import { agreementService, calendarOf, loadAgreementStep } from "./steps/agreement-context"
import { applyToJoinStep, changeMembershipStep, countLotPartiesStep } from "./steps/membership-transitions"
import { refreshShortlistAnnouncementStep } from "./steps/shortlist-announcement"
import { agreementMilestoneStep, verifyAgreementSignatureStep } from "./steps/agreement-transitions"

type Staff = { actor: AuditActor; caller?: ScopeActor | null }

/** The review deadline of an application made now: 7 working days. */
const reviewDueStep = createStep("framework-agreement-application-review-due", async (_: Record<string, never>, { container }) => {
  return new StepResponse(applicationReviewDueAt(procurementClock.now(), await calendarOf(container)))
})

/** Reads a membership with its agreement (for the scope check of the agreement's owner). */
const loadMembershipStep = createStep("load-framework-agreement-membership", async (input: { id: string }, { container }) => {
  const [m] = (await agreementService(container).listAgreementMemberships({ id: input.id }, { take: 1 })) as unknown as MembershipDTO[]
  if (!m) throw new MedusaError(MedusaError.Types.NOT_FOUND, `framework agreement membership ${input.id} was not found`)
  return new StepResponse(m)
})

export type ApplyToJoinInput = {
  agreement_id: string
  supplier_org_id: string
  product: AgreementProduct
  price_fen: number
  record: Record<string, unknown>
  actor: AuditActor
}

/**
 * A supplier applies to join an open agreement: its CA signature over the application (offer +
 * the agreement's text) is verified, then under the agreement's lock: active agreement, price ≤
 * payment standard, never removed before, no live membership → `applied`, review due in 7 working days.
 */
export const applyToJoinFrameworkAgreementWorkflow = createWorkflow("apply-to-join-framework-agreement", (input: ApplyToJoinInput) => {
  const agreement = loadAgreementStep({ id: input.agreement_id, scope: "supplier", supplier_org_id: input.supplier_org_id })
  const document = transform({ agreement, input }, ({ agreement, input }) =>
    membershipApplicationDocument({
      agreement_id: agreement.id,
      supplier_org_id: input.supplier_org_id,
      product: input.product,
      price_fen: input.price_fen,
      agreement_text: agreement.text,
    })
  )
  const signature = verifyAgreementSignatureStep({ document, party_org_id: input.supplier_org_id, record: input.record })
  const review_due_at = reviewDueStep({})
  const membership = applyToJoinStep({
    agreement_id: input.agreement_id,
    supplier_org_id: input.supplier_org_id,
    product: input.product,
    price_fen: input.price_fen,
    signature,
    review_due_at,
    actor: input.actor,
  })
  emitEventStep({
    eventName: Events.MEMBERSHIP_APPLIED,
    data: transform({ membership }, ({ membership }) => ({
      id: membership.id,
      agreement_id: membership.agreement_id,
      supplier_org_id: membership.supplier_org_id,
      review_due_at: membership.review_due_at,
    })),
  })
  return new WorkflowResponse(membership)
})

const membershipEvent = transform

/** The solicitor's written decision on an application: approve (announced) or reject with a reason. */
export const reviewFrameworkAgreementApplicationWorkflow = createWorkflow(
  "review-framework-agreement-application",
  (input: Staff & { membership_id: string; decision: "approve" | "reject"; reason?: string | null }) => {
    const m = loadMembershipStep({ id: input.membership_id })
    loadAgreementStep(transform({ m, input }, ({ m, input }) => ({ id: m.agreement_id, caller: input.caller, scope: "manage" as const })))
    const change = transform({ input }, ({ input }) => {
      const now = procurementClock.now()
      if (input.decision === "reject" && !input.reason?.trim()) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, "reason is required to reject an application")
      }
      return input.decision === "approve"
        ? { membership_id: input.membership_id, to: "active" as const, changes: { approved_at: now, decided_by: input.actor.actor_id }, actor: input.actor }
        : {
            membership_id: input.membership_id,
            to: "rejected" as const,
            changes: { rejected_at: now, reject_reason: input.reason!.trim(), decided_by: input.actor.actor_id },
            actor: input.actor,
          }
    })
    const result = changeMembershipStep(change)
    when("fa-application-approved", { input }, ({ input }) => input.decision === "approve").then(() => {
      refreshShortlistAnnouncementStep({ agreement_id: result.agreement.id, change: "新增入围", actor: input.actor })
      emitEventStep({
        eventName: Events.MEMBERSHIP_APPROVED,
        data: membershipEvent({ result }, ({ result }) => ({ id: result.membership.id, agreement_id: result.agreement.id, supplier_org_id: result.membership.supplier_org_id })),
      }).config({ name: "emit-membership-approved" })
    })
    when("fa-application-rejected", { input }, ({ input }) => input.decision === "reject").then(() => {
      emitEventStep({
        eventName: Events.MEMBERSHIP_REJECTED,
        data: membershipEvent({ result }, ({ result }) => ({
          id: result.membership.id,
          agreement_id: result.agreement.id,
          supplier_org_id: result.membership.supplier_org_id,
          reason: result.membership.reject_reason,
        })),
      }).config({ name: "emit-membership-rejected" })
    })
    return new WorkflowResponse(result.membership)
  }
)

/** A supplier leaves an open agreement (announced). A closed agreement refuses (no accepted reason). */
export const leaveFrameworkAgreementWorkflow = createWorkflow(
  "leave-framework-agreement",
  (input: { membership_id: string; supplier_org_id: string; reason?: string | null; actor: AuditActor }) => {
    const change = transform({ input }, ({ input }) => ({
      membership_id: input.membership_id,
      to: "left" as const,
      supplier_org_id: input.supplier_org_id,
      changes: { left_at: procurementClock.now(), leave_reason: input.reason?.trim() || null },
      actor: input.actor,
    }))
    const result = changeMembershipStep(change)
    refreshShortlistAnnouncementStep({ agreement_id: result.agreement.id, change: "退出", actor: input.actor })
    emitEventStep({
      eventName: Events.MEMBERSHIP_LEFT,
      data: membershipEvent({ result }, ({ result }) => ({ id: result.membership.id, agreement_id: result.agreement.id, supplier_org_id: result.membership.supplier_org_id })),
    })
    return new WorkflowResponse(result.membership)
  }
)

/**
 * The solicitor removes a supplier during the term on one of the grounds; it can never rejoin.
 * Closed: the supplier's agreement is terminated (`supplier_removed`), and when the lot's
 * remaining parties fall below 70 % of the original number `supplementary_solicitation_needed`
 * is emitted. Open: the shortlist announcement is updated.
 */
export const removeFrameworkAgreementSupplierWorkflow = createWorkflow(
  "remove-framework-agreement-supplier",
  (input: Staff & { membership_id: string; reason: RemovalReason; note?: string | null }) => {
    const m = loadMembershipStep({ id: input.membership_id })
    const agreement = loadAgreementStep(transform({ m, input }, ({ m, input }) => ({ id: m.agreement_id, caller: input.caller, scope: "manage" as const })))
    const change = transform({ input }, ({ input }) => ({
      membership_id: input.membership_id,
      to: "removed" as const,
      removal_reason: input.reason,
      changes: { removed_at: procurementClock.now(), removal_reason: input.reason, removal_note: input.note?.trim() || null, decided_by: input.actor.actor_id },
      actor: input.actor,
    }))
    const result = changeMembershipStep(change)
    when("fa-removal-closed", { agreement }, ({ agreement }) => agreement.kind === "closed").then(() => {
      agreementMilestoneStep({ id: agreement.id, change: "terminate_removed", actor: input.actor })
      emitEventStep({
        eventName: Events.AGREEMENT_TERMINATED,
        data: { id: agreement.id, reason: "supplier_removed" },
      }).config({ name: "emit-agreement-terminated" })
    })
    when("fa-removal-open", { agreement }, ({ agreement }) => agreement.kind === "open").then(() => {
      refreshShortlistAnnouncementStep({ agreement_id: agreement.id, change: "清退", actor: input.actor })
    })
    emitEventStep({
      eventName: Events.MEMBERSHIP_REMOVED,
      data: membershipEvent({ result, input }, ({ result, input }) => ({
        id: result.membership.id,
        agreement_id: result.agreement.id,
        supplier_org_id: result.membership.supplier_org_id,
        reason: input.reason,
      })),
    })
    const parties = countLotPartiesStep({ lot_id: agreement.lot_id, kind: agreement.kind })
    when("fa-supplementary-needed", { parties }, ({ parties }) => parties.needed).then(() => {
      emitEventStep({
        eventName: Events.SUPPLEMENTARY_SOLICITATION_NEEDED,
        data: transform({ parties, agreement }, ({ parties, agreement }) => ({
          solicitation_id: agreement.solicitation_id,
          lot_id: agreement.lot_id,
          original: parties.original,
          remaining: parties.remaining,
        })),
      }).config({ name: "emit-supplementary-needed" })
    })
    return new WorkflowResponse(result.membership)
  }
)
