import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { MedusaError } from "@medusajs/framework/utils"
import { appendAuditEntry, type AuditActor } from "@govmall/procurement-core/modules/procurement_audit"
import { procurementClock } from "@govmall/procurement-core/modules/procurement_clock"
import { lockRowForUpdate } from "@govmall/procurement-core/utils/lock-row-for-update"
import { withMedusaErrorsSync } from "@govmall/procurement-core/utils/medusa-error-from-domain"
import { collusionClues, type CollusionClue, type SubmissionTrace } from "../../domain/collusion-clues"
import { decideOpening } from "../../domain/open-response"
import { closeOpeningProblem, openingWindowCloses, type OpeningOptions } from "../../domain/opening-window"
import { assertResponseTransition, type ResponseStatus } from "../../domain/response-lifecycle"
import { responseAuditState } from "./audit-state"
import type { DepositDTO, OpeningDTO, RecordOpeningInput, ResponseDTO } from "./types"

const guard = withMedusaErrorsSync

/** What these methods use of the service (its generated CRUD and options). */
type Host = {
  opening: OpeningOptions
  listSolicitationResponses(filters: Record<string, unknown>, config?: Record<string, unknown>, ctx?: Context): Promise<unknown[]>
  retrieveSolicitationResponse(id: string, config?: Record<string, unknown>, ctx?: Context): Promise<unknown>
  updateSolicitationResponses(data: Record<string, unknown>, ctx?: Context): Promise<unknown>
  listResponseDeposits(filters: Record<string, unknown>, config?: Record<string, unknown>, ctx?: Context): Promise<unknown[]>
  listResponseOpenings(filters: Record<string, unknown>, config?: Record<string, unknown>, ctx?: Context): Promise<unknown[]>
  createResponseOpenings(data: Record<string, unknown>, ctx?: Context): Promise<unknown>
  updateResponseOpenings(data: Record<string, unknown>, ctx?: Context): Promise<unknown>
}

/** The opening, called by the service inside its transaction (it holds the locks). */
export class OpeningMethods {
  constructor(private readonly host: Host) {}

  async start(solicitationId: string, actor: AuditActor, ctx: Context<EntityManager>): Promise<OpeningDTO> {
    const manager = ctx.transactionManager!
    const [existing] = (await this.host.listResponseOpenings({ solicitation_id: solicitationId }, { take: 1 }, ctx)) as OpeningDTO[]
    if (existing) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `solicitation ${solicitationId} was already opened at ${new Date(existing.opened_at).toISOString()}`)
    const now = procurementClock.now()
    const created = (await this.host.createResponseOpenings(
      { solicitation_id: solicitationId, opened_at: now, opened_by: actor.actor_id, window_closes_at: openingWindowCloses(now, this.host.opening) },
      ctx
    )) as OpeningDTO
    await manager.flush()
    await appendAuditEntry(manager, {
      ...actor,
      action: "response_opening.started",
      record_type: "response_opening",
      record_id: created.id,
      after: { ...created },
      occurred_at: now,
      metadata: { solicitation_id: solicitationId, window_closes_at: created.window_closes_at },
    })
    return created
  }

  async lockOpening(solicitationId: string, ctx: Context<EntityManager>): Promise<OpeningDTO> {
    const [row] = (await this.host.listResponseOpenings({ solicitation_id: solicitationId }, { take: 1 }, ctx)) as OpeningDTO[]
    if (!row) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `solicitation ${solicitationId} has not been opened yet: content keys are taken only during the opening`)
    await lockRowForUpdate(ctx.transactionManager!, { table: "response_opening", key: row.id, label: "opening" })
    const [fresh] = (await this.host.listResponseOpenings({ id: row.id }, { take: 1 }, ctx)) as OpeningDTO[]
    return fresh
  }

  /** Writes the outcome decided from the decrypted content; disqualified passes through opened. */
  async record(before: ResponseDTO, input: RecordOpeningInput, actor: AuditActor, ctx: Context<EntityManager>): Promise<ResponseDTO> {
    const manager = ctx.transactionManager!
    const now = procurementClock.now()
    const outcome = input.outcome
    if (outcome.status === "submitted") {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `response ${before.id} was not decrypted`)
    }
    const to: ResponseStatus = outcome.status
    if (to === "disqualified") {
      guard(() => assertResponseTransition(before.status, "opened", before.id))
      guard(() => assertResponseTransition("opened", "disqualified", before.id))
    } else {
      guard(() => assertResponseTransition(before.status, to, before.id))
    }
    const decrypted = outcome.status !== "invalid" || outcome.reason !== "not_decrypted_in_window"
    await this.host.updateSolicitationResponses(
      {
        id: before.id,
        status: to,
        content_key: input.content_key,
        opened_at: decrypted ? now : null,
        opened_content: input.opened_content,
        price_fen: outcome.status === "opened" ? outcome.price_fen : priceOf(input.opened_content),
        opening_verdict: input.verdict,
        status_reason: "reason" in outcome ? outcome.reason : null,
        status_detail: "detail" in outcome ? outcome.detail : null,
        decided_at: now,
      },
      ctx
    )
    await manager.flush()
    const after = (await this.host.retrieveSolicitationResponse(before.id, {}, ctx)) as ResponseDTO
    await appendAuditEntry(manager, {
      ...actor,
      action: `response.${to}`,
      record_type: "solicitation_response",
      record_id: before.id,
      before: responseAuditState(before),
      after: responseAuditState(after),
      occurred_at: now,
      metadata: { solicitation_id: before.solicitation_id, reason: after.status_reason },
    })
    return after
  }

  /**
   * Closes the window: every response still sealed becomes invalid (not decrypted in the
   * window), then the collusion clues are computed over every response that was submitted
   * (withdrawn ones excepted) and stored on the opening.
   */
  async close(solicitationId: string, actor: AuditActor, ctx: Context<EntityManager>) {
    const manager = ctx.transactionManager!
    const now = procurementClock.now()
    const opening = await this.lockOpening(solicitationId, ctx)
    const responses = (await this.host.listSolicitationResponses(
      { solicitation_id: solicitationId, status: { $ne: "withdrawn" } },
      { take: null, order: { submitted_at: "ASC" } },
      ctx
    )) as ResponseDTO[]
    const sealed = responses.filter((r) => r.status === "submitted")
    const problem = closeOpeningProblem(opening, sealed.length, now)
    if (problem) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, problem)

    const invalidated: string[] = []
    for (const r of sealed) {
      await lockRowForUpdate(manager, { table: "solicitation_response", key: r.id, label: "response" })
      const outcome = guard(() => decideOpening({ now, window_closes_at: new Date(opening.window_closes_at), decrypted: null, supplier_uscc: r.supplier_uscc, ceiling_fen: 0 }))
      if (outcome.status !== "invalid") continue
      guard(() => assertResponseTransition(r.status, "invalid", r.id))
      await this.host.updateSolicitationResponses({ id: r.id, status: "invalid", status_reason: outcome.reason, decided_at: now }, ctx)
      await manager.flush()
      const after = (await this.host.retrieveSolicitationResponse(r.id, {}, ctx)) as ResponseDTO
      await appendAuditEntry(manager, {
        ...actor,
        action: "response.invalid",
        record_type: "solicitation_response",
        record_id: r.id,
        before: responseAuditState(r),
        after: responseAuditState(after),
        occurred_at: now,
        metadata: { solicitation_id: solicitationId, reason: outcome.reason },
      })
      invalidated.push(r.id)
    }

    const deposits = (await this.host.listResponseDeposits({ solicitation_id: solicitationId }, { take: null }, ctx)) as DepositDTO[]
    const accountOf = new Map(deposits.map((d) => [d.id, d.paying_account]))
    const traces: SubmissionTrace[] = responses.map((r) => ({
      response_id: r.id,
      supplier_id: r.supplier_org_id,
      lot_id: r.lot_id,
      supplier_uscc: r.supplier_uscc,
      price_fen: r.status === "opened" || r.status === "disqualified" ? r.price_fen : null,
      deposit_account: r.deposit_id ? accountOf.get(r.deposit_id) ?? null : null,
      client_ip: r.client_ip,
      device_fingerprint: r.device_fingerprint,
      mac: r.mac,
      signer_uscc: r.signer_uscc,
    }))
    const clues: CollusionClue[] = guard(() => collusionClues(traces))
    await this.host.updateResponseOpenings(
      { id: opening.id, closed_at: now, closed_by: actor.actor_id, clues, clue_count: clues.length, invalid_count: invalidated.length },
      ctx
    )
    await manager.flush()
    const [closed] = (await this.host.listResponseOpenings({ id: opening.id }, { take: 1 }, ctx)) as OpeningDTO[]
    await appendAuditEntry(manager, {
      ...actor,
      action: "response_opening.closed",
      record_type: "response_opening",
      record_id: opening.id,
      before: { ...opening },
      after: { ...closed },
      occurred_at: now,
      metadata: { solicitation_id: solicitationId, invalidated, clue_kinds: [...new Set(clues.map((c) => c.kind))] },
    })
    return { opening: closed, invalidated, clues }
  }
}

function priceOf(content: Record<string, unknown> | null): number | null {
  const price = content?.unit_price_fen
  return typeof price === "number" && Number.isSafeInteger(price) && price >= -2_147_483_648 && price <= 2_147_483_647 ? price : null
}
