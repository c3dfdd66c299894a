import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import { appendAuditEntry, type AuditActor } from "@govmall/procurement-core/modules/procurement_audit"
import { procurementClock } from "@govmall/procurement-core/modules/procurement_clock"
import { lockRowForUpdate } from "@govmall/procurement-core/utils/lock-row-for-update"
import { withMedusaErrorsSync } from "@govmall/procurement-core/utils/medusa-error-from-domain"
import type { WorkingDayCalendar } from "@govmall/procurement-core/domain/working-days"
import { assertAgreementTransition, isAgreementExpired, type TerminationReason } from "../../domain/agreement-lifecycle"
import { decideAgreementSigning } from "../../domain/agreement-signing"
import { filingDueAt, termEndsAt } from "../../domain/agreement-schedule"
import {
  assertMayApply,
  assertMembershipTransition,
  initialMembershipStatus,
  type MembershipStatus,
} from "../../domain/membership-lifecycle"
import AgreementMembership from "./models/agreement-membership"
import FrameworkAgreement from "./models/framework-agreement"
import {
  AGREEMENT_TRANSITION_FIELDS,
  type AgreementDTO,
  type AgreementState,
  type GenerateAgreementsInput,
  type MembershipDTO,
  type MembershipState,
  MEMBERSHIP_TRANSITION_FIELDS,
  type SignAgreementInput,
} from "./types"

const guard = withMedusaErrorsSync
type Calendar = Pick<WorkingDayCalendar, "calendarDayDeadline" | "workingDayDeadline">

export const agreementAuditState = (a: AgreementDTO) =>
  Object.fromEntries(["id", "lot_id", "supplier_org_id", "price_fen", "text", ...AGREEMENT_TRANSITION_FIELDS].map((f) => [f, (a as Record<string, unknown>)[f] ?? null]))

/**
 * Framework agreements and their memberships. Every change locks the agreement row
 * (`SELECT … FOR UPDATE`), checks the transition table, writes with its milestone and appends
 * the audit entry in ONE transaction, so two concurrent signatures of one side serialize and
 * the second finds the side already signed.
 */
export default class FrameworkAgreementModuleService extends MedusaService({ FrameworkAgreement, AgreementMembership }) {
  async retrieveAgreement(id: string, sharedContext: Context = {}): Promise<AgreementDTO> {
    return (await this.retrieveFrameworkAgreement(id, { relations: ["memberships"] }, sharedContext)) as unknown as AgreementDTO
  }

  /** @internal Locks the agreement row in the caller's transaction and reads it. */
  async lockAgreement(id: string, sharedContext: Context<EntityManager>): Promise<AgreementDTO> {
    await lockRowForUpdate(sharedContext.transactionManager! as never, { table: "framework_agreement", key: id, label: "framework agreement" })
    return await this.retrieveAgreement(id, sharedContext)
  }

  /** @internal Audit entry in the caller's transaction. */
  async audit(sharedContext: Context<EntityManager>, actor: AuditActor, action: string, recordType: string, recordId: string, before: unknown, after: unknown) {
    await appendAuditEntry(sharedContext.transactionManager! as never, {
      ...actor,
      action,
      record_type: recordType,
      record_id: recordId,
      ...(before === undefined ? {} : { before }),
      after,
      occurred_at: procurementClock.now(),
    })
  }

  /** One agreement per shortlisted supplier (closed) or one per lot (open); a lot is generated once. */
  @InjectTransactionManager()
  async generateAgreements(
    input: GenerateAgreementsInput,
    actor: AuditActor,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<AgreementDTO[]> {
    const existing = await this.listFrameworkAgreements({ lot_id: input.lot_id }, { take: 1 }, sharedContext)
    if (existing.length) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `lot ${input.lot_id} already has framework agreements (e.g. ${existing[0].id})`)
    }
    const { agreements, ...common } = input
    const created = (await this.createFrameworkAgreements(
      agreements.map((a) => ({ ...common, ...a, status: "pending_signature" as const, generated_by: actor.actor_id })),
      sharedContext
    )) as unknown as AgreementDTO[]
    await sharedContext.transactionManager!.flush()
    for (const agreement of created) {
      await this.audit(sharedContext, actor, "framework_agreement.generated", "framework_agreement", agreement.id, undefined, agreementAuditState(agreement))
    }
    return created
  }

  /**
   * One side's signature, already verified by e-signature. Refused after the signing deadline
   * and when that side has signed already. With every required side → active for the term
   * (closed: the supplier's membership starts active), filing due in 7 working days.
   */
  @InjectTransactionManager()
  async signAgreement(
    id: string,
    input: SignAgreementInput,
    calendar: Calendar,
    actor: AuditActor,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{ agreement: AgreementDTO; activated: boolean; membership_id: string | null; previous: AgreementState }> {
    const before = await this.lockAgreement(id, sharedContext)
    const now = procurementClock.now()
    if (before.status !== "pending_signature") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `framework agreement ${id} is ${before.status}: only an agreement pending signature can be signed`)
    }
    if (now.getTime() > new Date(before.signing_deadline).getTime()) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `the signing deadline of framework agreement ${id} (${new Date(before.signing_deadline).toISOString()}) has passed: a signature now does not count`
      )
    }
    if (input.side === "supplier" && before.kind === "open") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `framework agreement ${id} is open: suppliers join it by application, they do not sign it`)
    }
    if (before[`${input.side}_signed_at`]) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `framework agreement ${id} is already signed by the ${input.side}`)
    }
    const changes: Record<string, unknown> = {
      [`${input.side}_signature`]: input.signature,
      [`${input.side}_signed_at`]: now,
      [`${input.side}_signed_by`]: input.signed_by,
    }
    const decision = guard(() =>
      decideAgreementSigning({
        kind: before.kind,
        now,
        deadline: new Date(before.signing_deadline),
        supplier_signed_at: input.side === "supplier" ? now : before.supplier_signed_at && new Date(before.supplier_signed_at),
        solicitor_signed_at: input.side === "solicitor" ? now : before.solicitor_signed_at && new Date(before.solicitor_signed_at),
      })
    )
    const activated = decision.status === "active"
    if (activated) {
      guard(() => assertAgreementTransition(before.status, "active", id))
      Object.assign(changes, {
        status: "active",
        activated_at: now,
        starts_at: now,
        ends_at: guard(() => termEndsAt(now, before.term_months)),
        filing_due_at: filingDueAt(now, calendar),
      })
    }
    await this.updateFrameworkAgreements({ id, ...changes } as never, sharedContext)
    let membershipId: string | null = null
    if (activated && before.kind === "closed" && before.supplier_org_id) {
      const membership = await this.createAgreementMemberships(
        {
          agreement_id: id,
          supplier_org_id: before.supplier_org_id,
          status: initialMembershipStatus("closed"),
          product: before.product,
          price_fen: before.price_fen,
          approved_at: now,
        },
        sharedContext
      )
      membershipId = (membership as unknown as { id: string }).id
    }
    await sharedContext.transactionManager!.flush()
    const after = await this.retrieveAgreement(id, sharedContext)
    await this.audit(sharedContext, actor, `framework_agreement.signed_by_${input.side}`, "framework_agreement", id, agreementAuditState(before), agreementAuditState(after))
    if (activated) {
      await this.audit(sharedContext, actor, "framework_agreement.activated", "framework_agreement", id, undefined, agreementAuditState(after))
    }
    // `previous` is read under the lock: the compensation puts back exactly what this call changed.
    return { agreement: after, activated, membership_id: membershipId, previous: agreementStateOf(before) }
  }

  /**
   * Generic milestone transition (lapse, expiry, termination, filing, warnings): lock, `check`
   * the locked row (throws to refuse; returns false to skip silently, e.g. a job racing a
   * signature), write, audit.
   */
  @InjectTransactionManager()
  async changeAgreement(
    id: string,
    action: string,
    change: (before: AgreementDTO, now: Date) => AgreementState | false,
    actor: AuditActor,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<AgreementDTO | null> {
    const before = await this.lockAgreement(id, sharedContext)
    const changes = change(before, procurementClock.now())
    if (changes === false) return null
    if (changes.status && changes.status !== before.status) {
      guard(() => assertAgreementTransition(before.status, changes.status as AgreementDTO["status"], id))
    }
    await this.updateFrameworkAgreements({ id, ...changes } as never, sharedContext)
    await sharedContext.transactionManager!.flush()
    const after = await this.retrieveAgreement(id, sharedContext)
    await this.audit(sharedContext, actor, action, "framework_agreement", id, agreementAuditState(before), agreementAuditState(after))
    return after
  }

  /** Pending agreements whose window closed: `decideSigning` at the lock → lapsed (null when not due). */
  lapseIfOverdue(id: string, actor: AuditActor) {
    return this.changeAgreement(
      id,
      "framework_agreement.lapsed",
      (a, now) => {
        if (a.status !== "pending_signature") return false
        const decision = guard(() =>
          decideAgreementSigning({
            kind: a.kind,
            now,
            deadline: new Date(a.signing_deadline),
            supplier_signed_at: a.supplier_signed_at && new Date(a.supplier_signed_at),
            solicitor_signed_at: a.solicitor_signed_at && new Date(a.solicitor_signed_at),
          })
        )
        return decision.status === "lapsed" ? { status: "lapsed", lapsed_at: now, lapse_fault: decision.fault } : false
      },
      actor
    )
  }

  /** Active agreements past their term → expired (null when not due). */
  expireIfOver(id: string, actor: AuditActor) {
    return this.changeAgreement(
      id,
      "framework_agreement.expired",
      (a, now) => (a.status === "active" && a.ends_at && isAgreementExpired(now, new Date(a.ends_at)) ? { status: "expired", expired_at: now } : false),
      actor
    )
  }

  terminate(id: string, reason: TerminationReason, actor: AuditActor) {
    return this.changeAgreement(
      id,
      "framework_agreement.terminated",
      (a, now) => (a.status === "active" ? { status: "terminated", terminated_at: now, termination_reason: reason } : false),
      actor
    )
  }

  /**
   * A supplier's signed application to join an open agreement (signature verified by the
   * caller): only while the agreement is active, never after a removal, never twice at once;
   * price ≤ the payment standard. Review due in 7 working days.
   */
  @InjectTransactionManager()
  async applyToJoin(
    agreementId: string,
    input: { supplier_org_id: string; product: MembershipDTO["product"]; price_fen: number; application_signature: unknown; review_due_at: Date },
    actor: AuditActor,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<MembershipDTO> {
    const agreement = await this.lockAgreement(agreementId, sharedContext)
    if (agreement.kind !== "open") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `framework agreement ${agreementId} is closed: it admits no applications`)
    }
    if (agreement.status !== "active") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `framework agreement ${agreementId} is ${agreement.status}: suppliers may join only during its term`)
    }
    if (input.price_fen > agreement.price_fen) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `price_fen ${input.price_fen} exceeds the payment standard of framework agreement ${agreementId} (${agreement.price_fen} fen)`
      )
    }
    const history = (agreement.memberships ?? [])
      .filter((m) => m.supplier_org_id === input.supplier_org_id)
      .sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime())
      .map((m) => m.status)
    guard(() => assertMayApply(history, input.supplier_org_id))
    const now = procurementClock.now()
    const created = (await this.createAgreementMemberships(
      { agreement_id: agreementId, ...input, status: "applied", applied_at: now } as never,
      sharedContext
    )) as unknown as MembershipDTO
    await sharedContext.transactionManager!.flush()
    const after = (await this.retrieveAgreementMembership(created.id, {}, sharedContext)) as unknown as MembershipDTO
    await this.audit(sharedContext, actor, "framework_agreement_membership.applied", "framework_agreement_membership", created.id, undefined, membershipAuditState(after))
    return after
  }

  /**
   * A membership transition (approve, reject, leave, remove, suspend, reinstate) under the
   * agreement's row lock, checked against the membership table for the agreement's kind.
   */
  @InjectTransactionManager()
  async changeMembership(
    membershipId: string,
    to: MembershipStatus,
    input: { changes: MembershipState; removal_reason?: string; leave_reason_accepted?: boolean; supplier_org_id?: string },
    actor: AuditActor,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{ membership: MembershipDTO; agreement: AgreementDTO }> {
    const [row] = (await this.listAgreementMemberships({ id: membershipId }, { take: 1 }, sharedContext)) as unknown as MembershipDTO[]
    if (!row || (input.supplier_org_id && row.supplier_org_id !== input.supplier_org_id)) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `framework agreement membership ${membershipId} was not found`)
    }
    const agreement = await this.lockAgreement(row.agreement_id, sharedContext)
    const before = (await this.retrieveAgreementMembership(membershipId, {}, sharedContext)) as unknown as MembershipDTO
    if (agreement.status !== "active") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `framework agreement ${agreement.id} is ${agreement.status}: memberships change only during its term`)
    }
    guard(() =>
      assertMembershipTransition(
        before.status,
        to,
        { kind: agreement.kind, removal_reason: input.removal_reason, leave_reason_accepted: input.leave_reason_accepted },
        membershipId
      )
    )
    await this.updateAgreementMemberships({ id: membershipId, status: to, ...input.changes } as never, sharedContext)
    await sharedContext.transactionManager!.flush()
    const after = (await this.retrieveAgreementMembership(membershipId, {}, sharedContext)) as unknown as MembershipDTO
    await this.audit(
      sharedContext,
      actor,
      `framework_agreement_membership.${to}`,
      "framework_agreement_membership",
      membershipId,
      membershipAuditState(before),
      membershipAuditState(after)
    )
    return { membership: after, agreement: await this.retrieveAgreement(agreement.id, sharedContext) }
  }

  /** Compensation of a membership transition (audited `<action>_compensated`). */
  @InjectTransactionManager()
  async restoreMembershipState(
    membershipId: string,
    previous: MembershipState,
    action: string,
    actor: AuditActor,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ) {
    const before = (await this.retrieveAgreementMembership(membershipId, {}, sharedContext)) as unknown as MembershipDTO
    await this.lockAgreement(before.agreement_id, sharedContext)
    await this.updateAgreementMemberships({ id: membershipId, ...previous } as never, sharedContext)
    await sharedContext.transactionManager!.flush()
    const after = (await this.retrieveAgreementMembership(membershipId, {}, sharedContext)) as unknown as MembershipDTO
    await this.audit(sharedContext, actor, `${action}_compensated`, "framework_agreement_membership", membershipId, membershipAuditState(before), membershipAuditState(after))
  }

  /** Compensation: puts the transition fields back (audited `<action>_compensated`). */
  @InjectTransactionManager()
  async restoreAgreementState(
    id: string,
    previous: AgreementState,
    action: string,
    actor: AuditActor,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ) {
    const before = await this.lockAgreement(id, sharedContext)
    await this.updateFrameworkAgreements({ id, ...previous } as never, sharedContext)
    await sharedContext.transactionManager!.flush()
    const after = await this.retrieveAgreement(id, sharedContext)
    await this.audit(sharedContext, actor, `${action}_compensated`, "framework_agreement", id, agreementAuditState(before), agreementAuditState(after))
  }
}

export const agreementStateOf = (a: AgreementDTO): AgreementState =>
  Object.fromEntries(AGREEMENT_TRANSITION_FIELDS.map((f) => [f, (a as Record<string, unknown>)[f] ?? null])) as AgreementState

export const membershipAuditState = (m: MembershipDTO) =>
  Object.fromEntries(["id", "agreement_id", "supplier_org_id", "price_fen", "product", "applied_at", ...MEMBERSHIP_TRANSITION_FIELDS].map((f) => [f, (m as Record<string, unknown>)[f] ?? null]))

export const membershipStateOf = (m: MembershipDTO): MembershipState =>
  Object.fromEntries(MEMBERSHIP_TRANSITION_FIELDS.map((f) => [f, (m as Record<string, unknown>)[f] ?? null])) as MembershipState
