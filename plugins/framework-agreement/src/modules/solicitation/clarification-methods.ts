import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { MedusaError } from "@medusajs/framework/utils"
import { appendAuditEntry, type AuditActor } from "@govmall/procurement-core/modules/procurement_audit"
import { procurementClock } from "@govmall/procurement-core/modules/procurement_clock"
import { lockRowForUpdate } from "@govmall/procurement-core/utils/lock-row-for-update"
import { isDomainError } from "@govmall/procurement-core/domain/domain-error"
import type { WorkingDayCalendar } from "@govmall/procurement-core/domain/working-days"
import { deadlineAfterClarification, isBeforeDeadline, type ClarificationNotice } from "../../domain/deadlines"
import { CLARIFICATION_STATUSES } from "../../domain/solicitation-lifecycle"
import type { SolicitationClarificationDTO, SolicitationDTO } from "./types"

/** What the service exposes to these methods (the generated CRUD of its models). */
type Crud = {
  createSolicitationClarifications(data: Record<string, unknown>, ctx?: Context): Promise<unknown>
  updateSolicitationClarifications(data: Record<string, unknown>, ctx?: Context): Promise<unknown>
  retrieveSolicitationClarification(id: string, config?: Record<string, unknown>, ctx?: Context): Promise<unknown>
  updateSolicitations(data: Record<string, unknown>, ctx?: Context): Promise<unknown>
}

const clarificationAuditState = (c: SolicitationClarificationDTO) => ({
  id: c.id,
  solicitation_id: c.solicitation_id,
  lot_id: c.lot_id ?? null,
  question: c.question,
  asker_actor_id: c.asker_actor_id,
  answer: c.answer ?? null,
  answered_at: c.answered_at ?? null,
  answered_by: c.answered_by ?? null,
  changes_documents: c.changes_documents,
  deadline_before: c.deadline_before ?? null,
  deadline_after: c.deadline_after ?? null,
})

function assertOpenForClarifications(s: SolicitationDTO, now: Date, what: string) {
  if (!CLARIFICATION_STATUSES.includes(s.status)) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `solicitation ${s.id} is ${s.status}: ${what} only while it is published`)
  }
  if (!isBeforeDeadline(now, s.response_deadline)) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `the response deadline of solicitation ${s.id} (${s.response_deadline?.toISOString()}) has passed: ${what} no longer`
    )
  }
}

/**
 * Clarifications, called by the service inside its transaction after it locked the
 * solicitation row (so an answer that moves the deadline and a question racing the deadline
 * are serialized).
 */
export class ClarificationMethods {
  constructor(private readonly crud: Crud) {}

  async ask(
    s: SolicitationDTO,
    input: { question: string; lot_id?: string | null },
    actor: AuditActor,
    ctx: Context<EntityManager>
  ): Promise<SolicitationClarificationDTO> {
    const manager = ctx.transactionManager!
    const now = procurementClock.now()
    const question = typeof input.question === "string" ? input.question.trim() : ""
    if (!question) throw new MedusaError(MedusaError.Types.INVALID_DATA, "question is required")
    if (input.lot_id && !s.lots.some((l) => l.id === input.lot_id)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `lot_id ${JSON.stringify(input.lot_id)} is not a lot of solicitation ${s.id}`)
    }
    assertOpenForClarifications(s, now, "clarifications can be asked")
    const created = (await this.crud.createSolicitationClarifications(
      {
        solicitation_id: s.id,
        lot_id: input.lot_id ?? null,
        question,
        asker_actor_type: actor.actor_type,
        asker_actor_id: actor.actor_id,
        asker_org_id: actor.organization_id ?? null,
        asked_at: now,
      },
      ctx
    )) as SolicitationClarificationDTO
    await manager.flush()
    await appendAuditEntry(manager, {
      ...actor,
      action: "solicitation_clarification.asked",
      record_type: "solicitation_clarification",
      record_id: created.id,
      after: clarificationAuditState(created),
      occurred_at: now,
      metadata: { solicitation_id: s.id },
    })
    return created
  }

  async answer(
    s: SolicitationDTO,
    clarificationId: string,
    input: { answer: string; changes_documents: boolean },
    calendar: Pick<WorkingDayCalendar, "calendarDayDeadline" | "workingDayDeadline">,
    notice: ClarificationNotice,
    actor: AuditActor,
    ctx: Context<EntityManager>
  ): Promise<{ clarification: SolicitationClarificationDTO; deadline_extended: boolean }> {
    const manager = ctx.transactionManager!
    const [row] = (await manager.execute(
      `SELECT "id" FROM "solicitation_clarification" WHERE "id" = ? AND "solicitation_id" = ? AND "deleted_at" IS NULL`,
      [clarificationId, s.id]
    )) as Array<{ id: string }>
    if (!row) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `clarification ${clarificationId} of solicitation ${s.id} was not found`)
    }
    await lockRowForUpdate(manager, { table: "solicitation_clarification", key: clarificationId, label: "clarification" })
    const before = (await this.crud.retrieveSolicitationClarification(clarificationId, {}, ctx)) as SolicitationClarificationDTO
    if (before.answered_at) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `clarification ${clarificationId} already has its public reply; publish a new clarification instead`)
    }
    const answer = typeof input.answer === "string" ? input.answer.trim() : ""
    if (!answer) throw new MedusaError(MedusaError.Types.INVALID_DATA, "answer is required")
    const now = procurementClock.now()
    assertOpenForClarifications(s, now, "clarifications can be answered")
    let next: { deadline: Date; extended: boolean }
    try {
      next = deadlineAfterClarification({
        current: s.response_deadline!,
        answeredAt: now,
        changesDocuments: input.changes_documents,
        notice,
        calendar,
      })
    } catch (error) {
      if (isDomainError(error)) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, error.message)
      throw error
    }
    const after = (await this.crud.updateSolicitationClarifications(
      {
        id: clarificationId,
        answer,
        answered_at: now,
        answered_by: actor.actor_id,
        changes_documents: input.changes_documents,
        deadline_before: s.response_deadline,
        deadline_after: next.deadline,
      },
      ctx
    )) as SolicitationClarificationDTO
    if (next.extended) await this.crud.updateSolicitations({ id: s.id, response_deadline: next.deadline }, ctx)
    await manager.flush()
    await appendAuditEntry(manager, {
      ...actor,
      action: "solicitation_clarification.answered",
      record_type: "solicitation_clarification",
      record_id: clarificationId,
      before: clarificationAuditState(before),
      after: clarificationAuditState(after),
      occurred_at: now,
      metadata: { solicitation_id: s.id },
    })
    if (next.extended) {
      await appendAuditEntry(manager, {
        ...actor,
        action: "solicitation.deadline_extended",
        record_type: "solicitation",
        record_id: s.id,
        occurred_at: now,
        metadata: {
          clarification_id: clarificationId,
          from: s.response_deadline?.toISOString() ?? null,
          to: next.deadline.toISOString(),
        },
      })
    }
    return { clarification: after, deadline_extended: next.extended }
  }
}
