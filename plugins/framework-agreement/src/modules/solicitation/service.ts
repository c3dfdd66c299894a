import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import { appendAuditEntry, type AuditActor } from "@govmall/procurement-core/modules/procurement_audit"
import { procurementClock } from "@govmall/procurement-core/modules/procurement_clock"
import { lockRowForUpdate } from "@govmall/procurement-core/utils/lock-row-for-update"
import { withMedusaErrorsSync } from "@govmall/procurement-core/utils/medusa-error-from-domain"
import type { WorkingDayCalendar } from "@govmall/procurement-core/domain/working-days"
import { clarificationNoticeOption, responseDeadline, type ClarificationNotice } from "../../domain/deadlines"
import { planRuleOptions, type PlanRuleOptions } from "../../domain/plan-options"
import { assertValidPlan, type SolicitationPlan } from "../../domain/plan-rules"
import {
  assertSolicitationTransition,
  isEditableSolicitation,
  type SolicitationStatus,
} from "../../domain/solicitation-lifecycle"
import { openingProblem } from "../../domain/opening-window"
import { solicitationAuditState } from "./audit-state"
import { ClarificationMethods } from "./clarification-methods"
import Solicitation from "./models/solicitation"
import SolicitationClarification from "./models/solicitation-clarification"
import SolicitationLot from "./models/solicitation-lot"
import { lotRow, pick, planOf, PLAN_FIELDS, toSolicitationDTO } from "./plan-of"
import {
  TRANSITION_FIELDS,
  type CreateSolicitationInput,
  type ReviewDecision,
  type SolicitationDTO,
  type SolicitationModuleOptions,
  type SolicitationTransition,
  type SolicitationTransitionState,
  type UpdateSolicitationInput,
} from "./types"

const guard = withMedusaErrorsSync

const REVIEW: Record<ReviewDecision, { to: SolicitationStatus; action: string; milestone: "approved_at" | "filed_at" | "returned_at" }> = {
  approve: { to: "approved", action: "solicitation.approved", milestone: "approved_at" },
  file: { to: "filed", action: "solicitation.filed", milestone: "filed_at" },
  return: { to: "returned", action: "solicitation.returned", milestone: "returned_at" },
}

/**
 * Solicitation plans, their lots and clarifications. Every change locks the solicitation row
 * (`SELECT … FOR UPDATE`), checks the transition table and the plan rules, writes with its
 * milestone timestamp and appends the audit entry in ONE transaction (ADR 0001).
 */
export default class SolicitationModuleService extends MedusaService({
  Solicitation,
  SolicitationLot,
  SolicitationClarification,
}) {
  readonly planRules: PlanRuleOptions
  readonly clarificationNotice: ClarificationNotice
  private readonly clarificationMethods: ClarificationMethods

  constructor(container: Record<string, unknown>, options: SolicitationModuleOptions = {}) {
    // @ts-ignore MedusaService's constructor takes the loader's arguments as they come
    super(...arguments)
    this.planRules = guard(() => planRuleOptions(options?.planRules))
    this.clarificationNotice = guard(() => clarificationNoticeOption(options?.clarificationNotice))
    this.clarificationMethods = new ClarificationMethods(this)
  }

  /** A draft plan with its lots; the plan must already satisfy every rule. Audits `solicitation.created`. */
  @InjectTransactionManager()
  async createSolicitation(
    data: CreateSolicitationInput,
    actor: AuditActor,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<SolicitationDTO> {
    const manager = sharedContext.transactionManager!
    const { lots, owner_org_id, ...given } = data
    // Trusted callers (seed, jobs) may leave the optional lists out; the HTTP edge defaults them too.
    const plan = {
      ...given,
      eligible_region_codes: given.eligible_region_codes ?? [],
      eligible_unit_ids: given.eligible_unit_ids ?? [],
      policy_preferences: given.policy_preferences ?? [],
    }
    guard(() => assertValidPlan({ ...plan, lots } as SolicitationPlan, this.planRules))
    const created = (await this.createSolicitations(
      { ...pick(plan, PLAN_FIELDS), owner_org_id, status: "draft", created_by: actor.actor_id },
      sharedContext
    )) as unknown as { id: string }
    await this.createSolicitationLots(
      lots.map((lot, i) => ({ ...lotRow(lot), position: i + 1, solicitation_id: created.id })),
      sharedContext
    )
    await manager.flush()
    const after = await this.retrieveWithLots(created.id, sharedContext)
    await appendAuditEntry(manager, {
      ...actor,
      action: "solicitation.created",
      record_type: "solicitation",
      record_id: created.id,
      after: solicitationAuditState(after),
      occurred_at: procurementClock.now(),
    })
    return after
  }

  /** Changes a draft or returned plan (whole result re-checked against the rules). Audits `solicitation.updated`. */
  @InjectTransactionManager()
  async updateSolicitation(
    id: string,
    changes: UpdateSolicitationInput,
    actor: AuditActor,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<SolicitationDTO> {
    const manager = sharedContext.transactionManager!
    const before = await this.lockAndRetrieve(id, sharedContext)
    if (!isEditableSolicitation(before.status)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `solicitation ${id} is ${before.status}: only a draft or returned plan can be changed`
      )
    }
    const known = new Set(before.lots.map((l) => l.id))
    ;(changes.lots ?? []).forEach((lot, i) => {
      if (lot.id !== undefined && !known.has(lot.id)) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `lots[${i}].id ${JSON.stringify(lot.id)} is not a lot of solicitation ${id}`)
      }
    })
    const { lots: newLots, ...planChanges } = changes
    const merged = { ...planOf(before), ...pick(planChanges, PLAN_FIELDS), lots: newLots ?? planOf(before).lots }
    guard(() => assertValidPlan(merged as SolicitationPlan, this.planRules))
    await this.updateSolicitations({ id, ...pick(planChanges, PLAN_FIELDS) }, sharedContext)
    if (newLots) {
      const kept = new Set(newLots.filter((l) => l.id).map((l) => l.id as string))
      const removed = before.lots.filter((l) => !kept.has(l.id)).map((l) => l.id)
      if (removed.length) await this.deleteSolicitationLots(removed, sharedContext)
      const updates = newLots.flatMap((lot, i) => (lot.id ? [{ ...lotRow(lot), id: lot.id, position: i + 1 }] : []))
      if (updates.length) await this.updateSolicitationLots(updates, sharedContext)
      const creates = newLots.flatMap((lot, i) => (lot.id ? [] : [{ ...lotRow(lot), position: i + 1, solicitation_id: id }]))
      if (creates.length) await this.createSolicitationLots(creates, sharedContext)
    }
    await manager.flush()
    const after = await this.retrieveWithLots(id, sharedContext)
    await appendAuditEntry(manager, {
      ...actor,
      action: "solicitation.updated",
      record_type: "solicitation",
      record_id: id,
      before: solicitationAuditState(before),
      after: solicitationAuditState(after),
      occurred_at: procurementClock.now(),
    })
    return after
  }

  /**
   * draft / returned → submitted. The plan is re-checked against today's rules, and the
   * submitter may not be the plan's author (separation of duties: an operator drafts, an
   * approver submits).
   */
  @InjectTransactionManager()
  async submitSolicitation(
    id: string,
    actor: AuditActor,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<SolicitationTransition> {
    const before = await this.lockAndRetrieve(id, sharedContext)
    guard(() => assertSolicitationTransition(before.status, "submitted", id))
    if (before.created_by === actor.actor_id) {
      throw new MedusaError(
        MedusaError.Types.FORBIDDEN,
        `solicitation ${id} was drafted by ${actor.actor_id}: the author may not submit their own plan; another member (an approver) must`
      )
    }
    guard(() => assertValidPlan(planOf(before), this.planRules))
    const at = procurementClock.now()
    return await this.transition(before, "submitted", actor, at, { submitted_at: at, submitted_by: actor.actor_id }, "solicitation.submitted", {}, sharedContext)
  }

  /**
   * The regulator's decision on a submitted plan: approve (审核, catalog items), file (备案,
   * items outside the centralized catalog) or return with reasons.
   */
  @InjectTransactionManager()
  async reviewSolicitation(
    id: string,
    decision: ReviewDecision,
    text: string | null,
    actor: AuditActor,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<SolicitationTransition> {
    const before = await this.lockAndRetrieve(id, sharedContext)
    const { to, action, milestone } = REVIEW[decision]
    guard(() => assertSolicitationTransition(before.status, to, id))
    const trimmed = typeof text === "string" ? text.trim() : ""
    if (decision === "return" && !trimmed) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `reason is required to return solicitation ${id}`)
    }
    if (decision === "approve" && !before.centralized_catalog) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `solicitation ${id} buys items outside the centralized procurement catalog: file it (备案) instead of approving it`
      )
    }
    if (decision === "file" && before.centralized_catalog) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `solicitation ${id} buys centralized catalog items: approve it (审核) instead of filing it`
      )
    }
    const at = procurementClock.now()
    const changes =
      decision === "return"
        ? { returned_at: at, status_reason: trimmed, reviewed_by: actor.actor_id }
        : { [milestone]: at, review_note: trimmed || null, status_reason: null, reviewed_by: actor.actor_id }
    return await this.transition(before, to, actor, at, changes, action, trimmed ? { text: trimmed } : {}, sharedContext)
  }

  /** approved / filed → published at `at`, with the notice and the response deadline. */
  @InjectTransactionManager()
  async publishSolicitation(
    id: string,
    input: { at: Date; response_deadline: Date; notice_announcement_id: string },
    actor: AuditActor,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<SolicitationTransition> {
    const before = await this.lockAndRetrieve(id, sharedContext)
    return await this.transition(
      before,
      "published",
      actor,
      input.at,
      {
        published_at: input.at,
        response_deadline: input.response_deadline,
        notice_announcement_id: input.notice_announcement_id,
        published_by: actor.actor_id,
      },
      "solicitation.published",
      { response_deadline: input.response_deadline.toISOString(), notice_announcement_id: input.notice_announcement_id },
      sharedContext
    )
  }

  /** The publication instant and its response deadline (end of the window's last day, Shanghai). */
  async publicationTimes(id: string, calendar: Pick<WorkingDayCalendar, "calendarDayDeadline">) {
    const s = (await this.retrieveSolicitation(id)) as unknown as SolicitationDTO
    const at = procurementClock.now()
    return { at, response_deadline: guard(() => responseDeadline(at, s.response_window_days, calendar)) }
  }

  /**
   * The opening (开标), at or after the response deadline (= the opening time): published →
   * closed (lazily: nothing closes at the deadline by itself, the deadline check refuses late
   * responses anyway) → opened, in one transaction with both audit entries.
   */
  @InjectTransactionManager()
  async openSolicitation(
    id: string,
    actor: AuditActor,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<SolicitationDTO> {
    let before = await this.lockAndRetrieve(id, sharedContext)
    const at = procurementClock.now()
    const problem = openingProblem(before, at)
    if (problem) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, problem)
    if (before.status === "published") {
      before = (await this.transition(before, "closed", actor, at, {}, "solicitation.closed", {}, sharedContext)).solicitation
    }
    return (await this.transition(before, "opened", actor, at, {}, "solicitation.opened", {}, sharedContext)).solicitation
  }

  /** Any state before concluded / failed → cancelled, with a reason. */
  @InjectTransactionManager()
  async cancelSolicitation(
    id: string,
    reason: string,
    actor: AuditActor,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<SolicitationTransition> {
    const trimmed = typeof reason === "string" ? reason.trim() : ""
    if (!trimmed) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `reason is required to cancel solicitation ${id}`)
    }
    const before = await this.lockAndRetrieve(id, sharedContext)
    const at = procurementClock.now()
    return await this.transition(before, "cancelled", actor, at, { cancelled_at: at, status_reason: trimmed }, "solicitation.cancelled", { reason: trimmed }, sharedContext)
  }

  /** Compensation: puts back the fields a transition changed; audited `<action>_compensated`. */
  @InjectTransactionManager()
  async restoreSolicitationState(
    id: string,
    previous: SolicitationTransitionState,
    compensatedAction: string,
    actor: AuditActor,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<SolicitationDTO> {
    const manager = sharedContext.transactionManager!
    const before = await this.lockAndRetrieve(id, sharedContext)
    await this.updateSolicitations({ id, ...pick(previous, TRANSITION_FIELDS) }, sharedContext)
    await manager.flush()
    const after = await this.retrieveWithLots(id, sharedContext)
    await appendAuditEntry(manager, {
      ...actor,
      action: `${compensatedAction}_compensated`,
      record_type: "solicitation",
      record_id: id,
      before: solicitationAuditState(before),
      after: solicitationAuditState(after),
      occurred_at: procurementClock.now(),
    })
    return after
  }

  @InjectTransactionManager()
  async askClarification(
    solicitationId: string,
    input: { question: string; lot_id?: string | null },
    actor: AuditActor,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ) {
    const solicitation = await this.lockAndRetrieve(solicitationId, sharedContext)
    return await this.clarificationMethods.ask(solicitation, input, actor, sharedContext)
  }

  @InjectTransactionManager()
  async answerClarification(
    solicitationId: string,
    clarificationId: string,
    input: { answer: string; changes_documents: boolean },
    calendar: Pick<WorkingDayCalendar, "calendarDayDeadline" | "workingDayDeadline">,
    actor: AuditActor,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ) {
    const solicitation = await this.lockAndRetrieve(solicitationId, sharedContext)
    return await this.clarificationMethods.answer(solicitation, clarificationId, input, calendar, this.clarificationNotice, actor, sharedContext)
  }

  /** Compensation of `createSolicitation`: removes a draft a failed workflow left behind; audits `solicitation.discarded`. */
  @InjectTransactionManager()
  async discardSolicitation(
    id: string,
    actor: AuditActor,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<void> {
    const manager = sharedContext.transactionManager!
    const before = await this.lockAndRetrieve(id, sharedContext)
    if (before.status !== "draft") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `solicitation ${id} is ${before.status}: only a draft can be discarded`)
    }
    await this.deleteSolicitations(id, sharedContext)
    await manager.flush()
    await appendAuditEntry(manager, {
      ...actor,
      action: "solicitation.discarded",
      record_type: "solicitation",
      record_id: id,
      before: solicitationAuditState(before),
      occurred_at: procurementClock.now(),
    })
  }

  /** Compensation of `answerClarification` (see ClarificationMethods.unanswer). */
  @InjectTransactionManager()
  async restoreClarification(
    solicitationId: string,
    clarificationId: string,
    actor: AuditActor,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<void> {
    const solicitation = await this.lockAndRetrieve(solicitationId, sharedContext)
    await this.clarificationMethods.unanswer(solicitation, clarificationId, actor, sharedContext)
  }

  /** One solicitation with its lots in position order (NOT_FOUND when missing). */
  async retrieveWithLots(id: string, sharedContext: Context<EntityManager> = {}): Promise<SolicitationDTO> {
    const row = await this.retrieveSolicitation(id, { relations: ["lots"] }, sharedContext)
    return toSolicitationDTO(row)
  }

  async lockAndRetrieve(id: string, sharedContext: Context<EntityManager>): Promise<SolicitationDTO> {
    await lockRowForUpdate(sharedContext.transactionManager!, { table: "solicitation", key: id, label: "solicitation" })
    return await this.retrieveWithLots(id, sharedContext)
  }

  private async transition(
    before: SolicitationDTO,
    to: SolicitationStatus,
    actor: AuditActor,
    at: Date,
    changes: Record<string, unknown>,
    action: string,
    metadata: Record<string, unknown>,
    sharedContext: Context<EntityManager>
  ): Promise<SolicitationTransition> {
    const manager = sharedContext.transactionManager!
    guard(() => assertSolicitationTransition(before.status, to, before.id))
    await this.updateSolicitations({ id: before.id, status: to, ...changes }, sharedContext)
    await manager.flush()
    const after = await this.retrieveWithLots(before.id, sharedContext)
    await appendAuditEntry(manager, {
      ...actor,
      action,
      record_type: "solicitation",
      record_id: before.id,
      before: solicitationAuditState(before),
      after: solicitationAuditState(after),
      occurred_at: at,
      metadata: Object.keys(metadata).length ? metadata : null,
    })
    // The state read under the lock: what a compensation must put back.
    return { solicitation: after, previous: transitionStateOf(before) }
  }
}

function transitionStateOf(s: SolicitationDTO): SolicitationTransitionState {
  return Object.fromEntries(TRANSITION_FIELDS.map((f) => [f, (s as Record<string, unknown>)[f] ?? null])) as SolicitationTransitionState
}

