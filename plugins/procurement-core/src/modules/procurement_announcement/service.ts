import { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import {
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import {
  AnnouncementStatus,
  AnnouncementType,
  ANNOUNCEMENT_TYPES,
  assertTransition,
} from "../../domain/announcement-lifecycle"
import { withMedusaErrorsSync } from "../../utils/medusa-error-from-domain"
import { appendAuditEntry, AuditActor } from "../procurement_audit/append-audit-entry"
import { procurementClock } from "../procurement_clock/shared-clock"
import { lockRowForUpdate } from "../../utils/lock-row-for-update"
import Announcement from "./models/announcement"

export type AnnouncementDTO = {
  id: string
  type: AnnouncementType
  title: string
  body: string
  related_type: string | null
  related_id: string | null
  region_code: string | null
  status: AnnouncementStatus
  published_at: Date | null
  withdrawn_at: Date | null
  withdraw_reason: string | null
  created_by: string
  organization_id: string | null
  created_at: Date
  updated_at: Date
}

export type CreateAnnouncementInput = {
  type: AnnouncementType
  title: string
  body: string
  related_type?: string | null
  related_id?: string | null
  region_code?: string | null
}

/** The fields a transition changes, to put them back when a workflow compensates. */
export type AnnouncementTransitionState = Pick<
  AnnouncementDTO,
  "status" | "published_at" | "withdrawn_at" | "withdraw_reason"
>

/** The state whose digest goes into the audit log. */
export function announcementAuditState(announcement: AnnouncementDTO) {
  return {
    id: announcement.id,
    type: announcement.type,
    title: announcement.title,
    body: announcement.body,
    related_type: announcement.related_type ?? null,
    related_id: announcement.related_id ?? null,
    region_code: announcement.region_code ?? null,
    status: announcement.status,
    published_at: announcement.published_at ?? null,
    withdrawn_at: announcement.withdrawn_at ?? null,
    withdraw_reason: announcement.withdraw_reason ?? null,
    created_by: announcement.created_by,
  }
}

/**
 * Announcements. Every change of state goes through one method here that checks the transition
 * table, updates the row and appends the audit entry in ONE transaction
 * (`@InjectTransactionManager`); the row is locked (`SELECT … FOR UPDATE`) first, so two
 * concurrent publications of one draft cannot both succeed.
 */
export default class ProcurementAnnouncementService extends MedusaService({ Announcement }) {
  /** Creates a draft and audits `announcement.created`. */
  @InjectTransactionManager()
  async createDraftAnnouncement(
    data: CreateAnnouncementInput,
    actor: AuditActor,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<AnnouncementDTO> {
    if (!(ANNOUNCEMENT_TYPES as readonly string[]).includes(data.type)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `type must be one of ${ANNOUNCEMENT_TYPES.join(", ")}, got ${JSON.stringify(data.type)}`
      )
    }
    const created = (await this.createAnnouncements(
      {
        type: data.type,
        title: data.title,
        body: data.body,
        related_type: data.related_type ?? null,
        related_id: data.related_id ?? null,
        region_code: data.region_code ?? null,
        status: "draft",
        created_by: actor.actor_id,
        organization_id: actor.organization_id ?? null,
      },
      sharedContext
    )) as AnnouncementDTO
    const manager = sharedContext.transactionManager!
    await manager.flush()
    await appendAuditEntry(manager, {
      ...actor,
      action: "announcement.created",
      record_type: "announcement",
      record_id: created.id,
      after: announcementAuditState(created),
    })
    return created
  }

  /** draft → published; sets published_at from the business clock; audits `announcement.published`. */
  @InjectTransactionManager()
  async publishAnnouncement(
    id: string,
    actor: AuditActor,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<AnnouncementDTO> {
    return await this.transition(
      id,
      "published",
      actor,
      (at) => ({ published_at: at }),
      "announcement.published",
      {},
      sharedContext
    )
  }

  /** published → withdrawn with a reason; stays public; audits `announcement.withdrawn`. */
  @InjectTransactionManager()
  async withdrawAnnouncement(
    id: string,
    reason: string,
    actor: AuditActor,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<AnnouncementDTO> {
    const trimmed = typeof reason === "string" ? reason.trim() : ""
    if (!trimmed) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `reason is required to withdraw announcement ${id}`
      )
    }
    return await this.transition(
      id,
      "withdrawn",
      actor,
      (at) => ({ withdrawn_at: at, withdraw_reason: trimmed }),
      "announcement.withdrawn",
      { reason: trimmed },
      sharedContext
    )
  }

  /**
   * Puts back the transition fields a workflow step changed, when a later step of the same
   * workflow fails (compensation). Deliberately outside the transition table: it undoes a
   * change that never completed, and it is audited as `<action>_compensated`.
   */
  @InjectTransactionManager()
  async restoreAnnouncementState(
    id: string,
    previous: AnnouncementTransitionState,
    compensatedAction: string,
    actor: AuditActor,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<AnnouncementDTO> {
    const manager = sharedContext.transactionManager!
    const before = await this.lockAndRetrieve(id, sharedContext)
    const restored = (await this.updateAnnouncements(
      {
        id,
        status: previous.status,
        published_at: previous.published_at,
        withdrawn_at: previous.withdrawn_at,
        withdraw_reason: previous.withdraw_reason,
      },
      sharedContext
    )) as AnnouncementDTO
    await manager.flush()
    await appendAuditEntry(manager, {
      ...actor,
      action: `${compensatedAction}_compensated`,
      record_type: "announcement",
      record_id: id,
      before: announcementAuditState(before),
      after: announcementAuditState(restored),
    })
    return restored
  }

  /** Removes a draft that a failed create workflow left behind; audits `announcement.discarded`. */
  @InjectTransactionManager()
  async discardDraftAnnouncement(
    id: string,
    actor: AuditActor,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<void> {
    const manager = sharedContext.transactionManager!
    const before = await this.lockAndRetrieve(id, sharedContext)
    if (before.status !== "draft") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `announcement ${id} is ${before.status}: only a draft can be discarded`
      )
    }
    await this.deleteAnnouncements(id, sharedContext)
    await manager.flush()
    await appendAuditEntry(manager, {
      ...actor,
      action: "announcement.discarded",
      record_type: "announcement",
      record_id: id,
      before: announcementAuditState(before),
    })
  }

  private async lockAndRetrieve(
    id: string,
    sharedContext: Context<EntityManager>
  ): Promise<AnnouncementDTO> {
    await lockRowForUpdate(sharedContext.transactionManager!, { table: "announcement", key: id, label: "announcement" })
    return (await this.retrieveAnnouncement(id, {}, sharedContext)) as AnnouncementDTO
  }

  private async transition(
    id: string,
    to: AnnouncementStatus,
    actor: AuditActor,
    changes: (at: Date) => Partial<AnnouncementDTO>,
    action: string,
    metadata: Record<string, unknown>,
    sharedContext: Context<EntityManager>
  ): Promise<AnnouncementDTO> {
    const manager = sharedContext.transactionManager!
    const before = await this.lockAndRetrieve(id, sharedContext)
    withMedusaErrorsSync(() => assertTransition(before.status, to, id))
    // One instant for the milestone timestamp and the audit entry.
    const at = procurementClock.now()
    const updated = (await this.updateAnnouncements(
      { id, status: to, ...changes(at) },
      sharedContext
    )) as AnnouncementDTO
    // Write the UPDATE now, so the audit INSERT below follows it in the same transaction.
    await manager.flush()
    await appendAuditEntry(manager, {
      ...actor,
      action,
      record_type: "announcement",
      record_id: id,
      before: announcementAuditState(before),
      after: announcementAuditState(updated),
      occurred_at: at,
      metadata: Object.keys(metadata).length ? metadata : null,
    })
    return updated
  }
}
