import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import { appendAuditEntry, type AuditActor } from "@govmall/procurement-core/modules/procurement_audit"
import { procurementClock } from "@govmall/procurement-core/modules/procurement_clock"
import { lockRowForUpdate } from "@govmall/procurement-core/utils/lock-row-for-update"
import { withMedusaErrorsSync } from "@govmall/procurement-core/utils/medusa-error-from-domain"
import { assertResponseTransition } from "../../domain/response-lifecycle"
import { isOpeningWindowOpen, openingOptions, submissionProblem, type OpeningOptions } from "../../domain/opening-window"
import { responseAuditState } from "./audit-state"
import { OpeningMethods } from "./opening-methods"
import ResponseDeposit from "./models/response-deposit"
import ResponseOpening from "./models/response-opening"
import SolicitationResponse from "./models/solicitation-response"
import type { DepositDTO, OpeningDTO, RecordOpeningInput, ResponseDTO, ResponseModuleOptions, SubmitResponseInput } from "./types"

const guard = withMedusaErrorsSync
const notAllowed = (message: string) => new MedusaError(MedusaError.Types.NOT_ALLOWED, message)

/**
 * Responses, their deposits and the opening. Every change runs in ONE transaction: it locks the
 * solicitation row (`SELECT … FOR UPDATE` on the solicitation module's table: the deadline and
 * the state it checks cannot move under it, and submissions race the opening on that one row),
 * then the response row, checks, writes and appends the audit entry (ADR 0001).
 */
export default class ResponseModuleService extends MedusaService({
  SolicitationResponse,
  ResponseOpening,
  ResponseDeposit,
}) {
  readonly opening: OpeningOptions
  readonly openingMethods: OpeningMethods

  constructor(container: Record<string, unknown>, options: ResponseModuleOptions = {}) {
    // @ts-ignore MedusaService's constructor takes the loader's arguments as they come
    super(...arguments)
    this.opening = guard(() => openingOptions(options))
    this.openingMethods = new OpeningMethods(this as never)
  }

  /** Locks the solicitation row and returns what the response rules read from it. */
  async lockSolicitation(id: string, ctx: Context<EntityManager>) {
    return await lockRowForUpdate<{ id: string; status: string; response_deadline: Date | null }>(ctx.transactionManager!, {
      table: "solicitation",
      key: id,
      columns: ["id", "status", "response_deadline"],
      label: "solicitation",
    })
  }

  /** Locks one response of the supplier (another supplier's → NOT_FOUND, as if it did not exist). */
  async lockOwnResponse(id: string, solicitationId: string, supplierOrgId: string | null, ctx: Context<EntityManager>): Promise<ResponseDTO> {
    await lockRowForUpdate(ctx.transactionManager!, { table: "solicitation_response", key: id, label: "response" })
    const row = (await this.retrieveSolicitationResponse(id, {}, ctx)) as unknown as ResponseDTO
    if (row.solicitation_id !== solicitationId || (supplierOrgId !== null && row.supplier_org_id !== supplierOrgId)) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `response ${id} of solicitation ${solicitationId} was not found`)
    }
    return row
  }

  /**
   * Submits (or, with `replaces_id`, replaces) the supplier's response to a lot before the
   * deadline. One live response per supplier per lot; a lot with a deposit needs it paid first.
   * Audits `response.submitted` (and `response.withdrawn` for the replaced one).
   */
  @InjectTransactionManager()
  async submitResponse(input: SubmitResponseInput, actor: AuditActor, @MedusaContext() ctx: Context<EntityManager> = {}): Promise<ResponseDTO> {
    const manager = ctx.transactionManager!
    const now = procurementClock.now()
    const solicitation = await this.lockSolicitation(input.solicitation_id, ctx)
    const problem = submissionProblem(solicitation, now)
    if (problem) throw notAllowed(problem)

    let replaced: ResponseDTO | null = null
    if (input.replaces_id) {
      replaced = await this.lockOwnResponse(input.replaces_id, input.solicitation_id, input.supplier_org_id, ctx)
      guard(() => assertResponseTransition(replaced!.status, "withdrawn", replaced!.id))
      if (replaced.lot_id !== input.lot_id) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `lot_id ${input.lot_id} is not the lot of response ${replaced.id} (${replaced.lot_id}): a replacement answers the same lot`)
      }
    } else {
      const [live] = (await this.listSolicitationResponses(
        { solicitation_id: input.solicitation_id, lot_id: input.lot_id, supplier_org_id: input.supplier_org_id, status: "submitted" },
        { take: 1 },
        ctx
      )) as unknown as ResponseDTO[]
      if (live) {
        throw notAllowed(`supplier ${input.supplier_org_id} already has response ${live.id} to lot ${input.lot_id}: withdraw or replace it instead of submitting twice`)
      }
    }

    let depositId: string | null = null
    if (input.lot_deposit_fen > 0) {
      const [deposit] = (await this.listResponseDeposits(
        { solicitation_id: input.solicitation_id, lot_id: input.lot_id, supplier_org_id: input.supplier_org_id, status: "paid" },
        { take: 1 },
        ctx
      )) as unknown as DepositDTO[]
      if (!deposit) {
        throw notAllowed(`deposit: lot ${input.lot_id} requires a deposit of ${input.lot_deposit_fen} fen, paid before the response is submitted (POST …/deposits)`)
      }
      depositId = deposit.id
    }

    if (replaced) {
      await this.updateSolicitationResponses({ id: replaced.id, status: "withdrawn", withdrawn_at: now }, ctx)
      await manager.flush()
    }
    const { lot_deposit_fen: _deposit, signature, replaces_id: _replaces, ...fields } = input
    const created = (await this.createSolicitationResponses(
      {
        ...fields,
        signature,
        certificate_serial: signature.certificate_serial,
        status: "submitted",
        deposit_id: depositId,
        submitted_at: now,
        submitted_by: actor.actor_id,
        replaces_id: replaced?.id ?? null,
      } as never,
      ctx
    )) as unknown as ResponseDTO
    await manager.flush()
    if (replaced) {
      await this.updateSolicitationResponses({ id: replaced.id, replaced_by_id: created.id }, ctx)
      await manager.flush()
      const after = (await this.retrieveSolicitationResponse(replaced.id, {}, ctx)) as unknown as ResponseDTO
      await appendAuditEntry(manager, {
        ...actor,
        action: "response.withdrawn",
        record_type: "solicitation_response",
        record_id: replaced.id,
        before: responseAuditState(replaced),
        after: responseAuditState(after),
        occurred_at: now,
        metadata: { solicitation_id: input.solicitation_id, replaced_by_id: created.id },
      })
    }
    await appendAuditEntry(manager, {
      ...actor,
      action: "response.submitted",
      record_type: "solicitation_response",
      record_id: created.id,
      after: responseAuditState(created),
      occurred_at: now,
      metadata: { solicitation_id: input.solicitation_id, lot_id: input.lot_id, replaces_id: replaced?.id ?? null },
    })
    return created
  }

  /** submitted → withdrawn before the deadline, by the supplier. Audits `response.withdrawn`. */
  @InjectTransactionManager()
  async withdrawResponse(
    id: string,
    solicitationId: string,
    supplierOrgId: string,
    actor: AuditActor,
    @MedusaContext() ctx: Context<EntityManager> = {}
  ): Promise<ResponseDTO> {
    const manager = ctx.transactionManager!
    const now = procurementClock.now()
    const problem = submissionProblem(await this.lockSolicitation(solicitationId, ctx), now)
    if (problem) throw notAllowed(problem)
    const before = await this.lockOwnResponse(id, solicitationId, supplierOrgId, ctx)
    guard(() => assertResponseTransition(before.status, "withdrawn", id))
    await this.updateSolicitationResponses({ id, status: "withdrawn", withdrawn_at: now }, ctx)
    await manager.flush()
    const after = (await this.retrieveSolicitationResponse(id, {}, ctx)) as unknown as ResponseDTO
    await appendAuditEntry(manager, {
      ...actor,
      action: "response.withdrawn",
      record_type: "solicitation_response",
      record_id: id,
      before: responseAuditState(before),
      after: responseAuditState(after),
      occurred_at: now,
      metadata: { solicitation_id: solicitationId },
    })
    return after
  }

  /**
   * Compensation of a submission whose workflow failed later: the response is removed (its
   * audit entry stays, followed by `response.submitted_compensated`), and a response it
   * replaced becomes live again.
   */
  @InjectTransactionManager()
  async discardResponse(id: string, actor: AuditActor, @MedusaContext() ctx: Context<EntityManager> = {}) {
    const manager = ctx.transactionManager!
    const row = (await this.retrieveSolicitationResponse(id, {}, ctx)) as unknown as ResponseDTO
    await this.deleteSolicitationResponses(id, ctx)
    if (row.replaces_id) {
      await this.updateSolicitationResponses({ id: row.replaces_id, status: "submitted", withdrawn_at: null, replaced_by_id: null }, ctx)
    }
    await manager.flush()
    await appendAuditEntry(manager, {
      ...actor,
      action: "response.submitted_compensated",
      record_type: "solicitation_response",
      record_id: id,
      before: responseAuditState(row),
      occurred_at: procurementClock.now(),
    })
  }

  /** Records the deposit paid for a lot (the payment was captured by the workflow). Audits `response_deposit.paid`. */
  @InjectTransactionManager()
  async recordDeposit(
    input: Omit<DepositDTO, "id" | "status" | "refund_due_at" | "refunded_at" | "paid_at" | "paid_by">,
    actor: AuditActor,
    @MedusaContext() ctx: Context<EntityManager> = {}
  ): Promise<DepositDTO> {
    const manager = ctx.transactionManager!
    const now = procurementClock.now()
    const problem = submissionProblem(await this.lockSolicitation(input.solicitation_id, ctx), now)
    if (problem) throw notAllowed(problem)
    const [existing] = (await this.listResponseDeposits(
      { solicitation_id: input.solicitation_id, lot_id: input.lot_id, supplier_org_id: input.supplier_org_id },
      { take: 1 },
      ctx
    )) as unknown as DepositDTO[]
    if (existing) throw notAllowed(`deposit ${existing.id} for lot ${input.lot_id} is already paid`)
    const created = (await this.createResponseDeposits({ ...input, paid_at: now, paid_by: actor.actor_id, status: "paid" }, ctx)) as unknown as DepositDTO
    await manager.flush()
    await appendAuditEntry(manager, {
      ...actor,
      action: "response_deposit.paid",
      record_type: "response_deposit",
      record_id: created.id,
      after: { ...created },
      occurred_at: now,
      metadata: { solicitation_id: input.solicitation_id, lot_id: input.lot_id, payment_id: input.payment_id },
    })
    return created
  }

  /** The opening record of a solicitation, or null. */
  async openingOf(solicitationId: string, ctx: Context = {}): Promise<OpeningDTO | null> {
    const [row] = (await this.listResponseOpenings({ solicitation_id: solicitationId }, { take: 1 }, ctx)) as unknown as OpeningDTO[]
    return row ?? null
  }

  /** Creates the opening record with its window (the solicitation was opened by the workflow). */
  @InjectTransactionManager()
  async startOpening(solicitationId: string, actor: AuditActor, @MedusaContext() ctx: Context<EntityManager> = {}) {
    return await this.openingMethods.start(solicitationId, actor, ctx)
  }

  @InjectTransactionManager()
  async discardOpening(id: string, @MedusaContext() ctx: Context<EntityManager> = {}) {
    await this.deleteResponseOpenings(id, ctx)
  }

  /** A supplier's decrypted response, decided by the workflow (decideOpening). */
  @InjectTransactionManager()
  async recordOpening(
    id: string,
    solicitationId: string,
    supplierOrgId: string,
    input: RecordOpeningInput,
    actor: AuditActor,
    @MedusaContext() ctx: Context<EntityManager> = {}
  ): Promise<ResponseDTO> {
    const opening = await this.openingMethods.lockOpening(solicitationId, ctx)
    if (!isOpeningWindowOpen(opening, procurementClock.now())) {
      throw notAllowed(`the opening window of solicitation ${solicitationId} closed at ${new Date(opening.closed_at ?? opening.window_closes_at).toISOString()}: content keys are no longer taken`)
    }
    const before = await this.lockOwnResponse(id, solicitationId, supplierOrgId, ctx)
    return await this.openingMethods.record(before, input, actor, ctx)
  }

  /** Ends the opening window: undecrypted responses become invalid, the clues are computed and stored. */
  @InjectTransactionManager()
  async closeOpening(solicitationId: string, actor: AuditActor, @MedusaContext() ctx: Context<EntityManager> = {}) {
    return await this.openingMethods.close(solicitationId, actor, ctx)
  }
}
