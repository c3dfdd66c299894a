import { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import {
  generateEntityId,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import { assertIdNumber, hashIdNumber, maskIdNumber } from "../../domain/id-number"
import {
  assertOrganizationTransition,
  initialOrganizationStatus,
  MILESTONE_FOR,
  OrganizationStatus,
} from "../../domain/organization-lifecycle"
import { assertUscc } from "../../domain/uscc"
import { withMedusaErrorsSync } from "../../utils/medusa-error-from-domain"
import { appendAuditEntry, AuditActor } from "../procurement_audit/append-audit-entry"
import { lockRowForUpdate } from "../../utils/lock-row-for-update"
import { procurementClock } from "../procurement_clock/shared-clock"
import { memberAuditState, organizationAuditState, organizationTransitionState } from "./organization-state"
import Expert from "./models/expert"
import Member from "./models/member"
import Organization from "./models/organization"
import SupplierProfile from "./models/supplier-profile"
import type {
  ExpertDTO,
  ExpertInput,
  MemberDTO,
  MemberInput,
  OrganizationDTO,
  OrganizationInput,
  OrganizationTransitionState,
  RegisterOrganizationInput,
  SupplierProfileDTO,
  SupplierProfileInput,
} from "./types"

/** Development fallback; production sets GOVMALL_ID_NUMBER_SALT (a deployment secret). */
const DEV_ID_NUMBER_SALT = "govmall-dev-id-number-salt"

/** Audit action per target status (`organization.<verb>`). */
const ACTION_FOR: Record<OrganizationStatus, string> = {
  pending_review: "organization.resubmitted",
  approved: "organization.approved",
  rejected: "organization.rejected",
  suspended: "organization.suspended",
  banned: "organization.banned",
}

export type TransitionOptions = {
  reason?: string | null
  banned_until?: Date | null
}

/**
 * Organizations, their members, supplier profiles and experts. Every change goes through one
 * method here that validates, writes and appends its audit entry in ONE transaction
 * (`@InjectTransactionManager`); status changes lock the row and consult the transition table.
 */
export default class ProcurementOrganizationService extends MedusaService({
  Organization,
  SupplierProfile,
  Member,
  Expert,
}) {
  /** Self-registration (supplier, bank): organization pending_review + profile + admin member. */
  @InjectTransactionManager()
  async registerOrganization(
    input: RegisterOrganizationInput,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{ organization: OrganizationDTO; member: MemberDTO }> {
    const { organization: data } = input
    if (data.kind === "supplier" && !input.supplier_profile) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "supplier_profile is required to register a supplier")
    }
    const now = procurementClock.now()
    const status = initialOrganizationStatus(data.kind, true)
    const memberId = generateEntityId(undefined, "mem")
    const actor: AuditActor = { actor_type: data.kind, actor_id: memberId }
    const organization = await this.insertOrganization(data, status, now, sharedContext)
    if (input.supplier_profile) {
      await this.createSupplierProfiles(
        { ...input.supplier_profile, organization_id: organization.id } as any,
        sharedContext
      )
    }
    const member = await this.insertMember(
      {
        organization_id: organization.id,
        actor_type: data.kind === "bank" ? "bank" : "supplier",
        actor_id: memberId,
        role: "admin",
        email: input.registrant.email,
        name: input.registrant.name,
      },
      memberId,
      sharedContext
    )
    const manager = sharedContext.transactionManager!
    await manager.flush()
    await appendAuditEntry(manager, {
      ...actor,
      organization_id: organization.id,
      action: "organization.registered",
      record_type: "organization",
      record_id: organization.id,
      after: organizationAuditState(organization),
      occurred_at: now,
    })
    return { organization, member }
  }

  /** Platform-created organization (purchasing unit, agency, regulator, bank, platform): approved. */
  @InjectTransactionManager()
  async createOrganization(
    data: OrganizationInput,
    actor: AuditActor,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<OrganizationDTO> {
    if (data.kind === "supplier") {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "kind: suppliers register themselves (POST /supplier/register) and are reviewed"
      )
    }
    const now = procurementClock.now()
    const organization = await this.insertOrganization(data, initialOrganizationStatus(data.kind, false), now, sharedContext)
    const manager = sharedContext.transactionManager!
    await manager.flush()
    await appendAuditEntry(manager, {
      ...actor,
      action: "organization.created",
      record_type: "organization",
      record_id: organization.id,
      after: organizationAuditState(organization),
      occurred_at: now,
    })
    return organization
  }

  /**
   * Moves an organization to `to` after checking the transition table and its guards (reason,
   * banned_until, ban expiry against the business clock); sets the milestone timestamp and
   * status_reason; audits `organization.<verb>` (reinstatement: `organization.reinstated`).
   */
  @InjectTransactionManager()
  async transitionOrganization(
    id: string,
    to: OrganizationStatus,
    options: TransitionOptions,
    actor: AuditActor,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<OrganizationDTO> {
    const manager = sharedContext.transactionManager!
    const before = await this.lockAndRetrieve(id, sharedContext)
    const now = procurementClock.now()
    const reason = options.reason?.trim() || null
    withMedusaErrorsSync(() =>
      assertOrganizationTransition({
        id,
        kind: before.kind,
        from: before.status,
        to,
        reason,
        banned_until: options.banned_until ?? null,
        current_banned_until: before.banned_until ? new Date(before.banned_until) : null,
        now,
      })
    )
    const updated = (await this.updateOrganizations(
      {
        id,
        status: to,
        status_reason: reason,
        banned_until: to === "banned" ? options.banned_until ?? null : null,
        [MILESTONE_FOR[to]]: now,
      },
      sharedContext
    )) as OrganizationDTO
    await manager.flush()
    const reinstated = to === "approved" && (before.status === "suspended" || before.status === "banned")
    await appendAuditEntry(manager, {
      ...actor,
      action: reinstated ? "organization.reinstated" : ACTION_FOR[to],
      record_type: "organization",
      record_id: id,
      before: organizationAuditState(before),
      after: organizationAuditState(updated),
      occurred_at: now,
      metadata: reason || options.banned_until ? { reason, banned_until: options.banned_until ?? null } : null,
    })
    return updated
  }

  /**
   * rejected → pending_review with corrected data (organization fields and supplier profile),
   * submitted_at = now, status_reason cleared; audits `organization.resubmitted`.
   */
  @InjectTransactionManager()
  async resubmitOrganization(
    id: string,
    changes: Partial<Omit<OrganizationInput, "kind">>,
    profile: Partial<SupplierProfileInput> | null,
    actor: AuditActor,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<OrganizationDTO> {
    const manager = sharedContext.transactionManager!
    const before = await this.lockAndRetrieve(id, sharedContext)
    const now = procurementClock.now()
    withMedusaErrorsSync(() =>
      assertOrganizationTransition({ id, kind: before.kind, from: before.status, to: "pending_review", now })
    )
    if (changes.uscc != null && changes.uscc !== before.uscc) {
      withMedusaErrorsSync(() => assertUscc(changes.uscc, "uscc"))
      await this.assertUsccFree(changes.uscc, sharedContext)
    }
    const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined))
    const updated = (await this.updateOrganizations(
      { id, ...defined, status: "pending_review", status_reason: null, submitted_at: now },
      sharedContext
    )) as OrganizationDTO
    if (profile && Object.keys(profile).length) {
      const [existing] = await this.listSupplierProfiles({ organization_id: id } as any, { take: 1 }, sharedContext)
      if (existing) {
        await this.updateSupplierProfiles({ id: existing.id, ...profile } as any, sharedContext)
      }
    }
    await manager.flush()
    await appendAuditEntry(manager, {
      ...actor,
      action: "organization.resubmitted",
      record_type: "organization",
      record_id: id,
      before: organizationAuditState(before),
      after: organizationAuditState(updated),
      occurred_at: now,
    })
    return updated
  }

  /** Compensation: puts the transition fields back; audited `<action>_compensated`. */
  @InjectTransactionManager()
  async restoreOrganizationState(
    id: string,
    previous: OrganizationTransitionState,
    compensatedAction: string,
    actor: AuditActor,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<OrganizationDTO> {
    const manager = sharedContext.transactionManager!
    const before = await this.lockAndRetrieve(id, sharedContext)
    const restored = (await this.updateOrganizations({ id, ...previous }, sharedContext)) as OrganizationDTO
    await manager.flush()
    await appendAuditEntry(manager, {
      ...actor,
      action: `${compensatedAction}_compensated`,
      record_type: "organization",
      record_id: id,
      before: organizationAuditState(before),
      after: organizationAuditState(restored),
    })
    return restored
  }

  /** Compensation of a registration or creation: removes the organization, its profile and members. */
  @InjectTransactionManager()
  async discardOrganization(
    id: string,
    actor: AuditActor,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<void> {
    const manager = sharedContext.transactionManager!
    const before = await this.lockAndRetrieve(id, sharedContext)
    await manager.execute(`DELETE FROM "member" WHERE "organization_id" = ?`, [id])
    await manager.execute(`DELETE FROM "supplier_profile" WHERE "organization_id" = ?`, [id])
    await manager.execute(`DELETE FROM "organization" WHERE "id" = ?`, [id])
    await appendAuditEntry(manager, {
      ...actor,
      action: "organization.discarded",
      record_type: "organization",
      record_id: id,
      before: organizationAuditState(before),
    })
  }

  /** Adds a member (the organization must exist; one membership per actor). Audits `member.created`. */
  @InjectTransactionManager()
  async createMember(
    data: MemberInput,
    actor: AuditActor,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<MemberDTO> {
    await this.lockAndRetrieve(data.organization_id, sharedContext)
    const id = data.id ?? generateEntityId(undefined, "mem")
    const member = await this.insertMember(data, id, sharedContext)
    const manager = sharedContext.transactionManager!
    await manager.flush()
    await appendAuditEntry(manager, {
      ...actor,
      action: "member.created",
      record_type: "member",
      record_id: member.id,
      after: memberAuditState(member),
    })
    return member
  }

  /** Compensation of createMember; audits `member.discarded`. */
  @InjectTransactionManager()
  async discardMember(
    id: string,
    actor: AuditActor,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<void> {
    const manager = sharedContext.transactionManager!
    const [before] = (await this.listMembers({ id }, { take: 1 }, sharedContext)) as MemberDTO[]
    if (!before) {
      return
    }
    await manager.execute(`DELETE FROM "member" WHERE "id" = ?`, [id])
    await appendAuditEntry(manager, {
      ...actor,
      action: "member.discarded",
      record_type: "member",
      record_id: id,
      before: memberAuditState(before),
    })
  }

  /** Enrolls an expert: id number validated, masked and hashed (never stored). Audits `expert.created`. */
  @InjectTransactionManager()
  async createExpert(
    data: ExpertInput,
    actor: AuditActor,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<ExpertDTO> {
    withMedusaErrorsSync(() => assertIdNumber(data.id_number, "id_number"))
    if (data.employer_uscc) {
      withMedusaErrorsSync(() => assertUscc(data.employer_uscc, "employer_uscc"))
    }
    const hash = hashIdNumber(data.id_number, process.env.GOVMALL_ID_NUMBER_SALT || DEV_ID_NUMBER_SALT)
    const [existing] = await this.listExperts({ id_number_hash: hash }, { take: 1, select: ["id"] }, sharedContext)
    if (existing) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `id_number: an expert with this identity number is already enrolled (${existing.id})`)
    }
    const { id_number, ...rest } = data
    const expert = (await this.createExperts(
      {
        ...rest,
        employer_name: data.employer_name ?? null,
        employer_uscc: data.employer_uscc ?? null,
        phone: data.phone ?? null,
        id_number_masked: maskIdNumber(id_number),
        id_number_hash: hash,
        status: "active",
      } as any,
      sharedContext
    )) as unknown as ExpertDTO & { id_number_hash?: string }
    const manager = sharedContext.transactionManager!
    await manager.flush()
    await appendAuditEntry(manager, {
      ...actor,
      action: "expert.created",
      record_type: "expert",
      record_id: expert.id,
      after: { id: expert.id, name: expert.name, id_number_masked: expert.id_number_masked, region_code: expert.region_code },
    })
    delete expert.id_number_hash
    return expert
  }

  /** Compensation of createExpert; audits `expert.discarded`. */
  @InjectTransactionManager()
  async discardExpert(
    id: string,
    actor: AuditActor,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<void> {
    const manager = sharedContext.transactionManager!
    await manager.execute(`DELETE FROM "expert" WHERE "id" = ?`, [id])
    await appendAuditEntry(manager, { ...actor, action: "expert.discarded", record_type: "expert", record_id: id })
  }

  /** The membership of an authenticated actor, with its organization, or null. */
  async retrieveMembership(
    actorType: string,
    actorId: string
  ): Promise<{ organization: OrganizationDTO; member: MemberDTO } | null> {
    const [member] = (await this.listMembers(
      { actor_type: actorType as MemberDTO["actor_type"], actor_id: actorId },
      { take: 1, relations: ["organization", "organization.supplier_profile"] }
    )) as Array<MemberDTO & { organization: OrganizationDTO }>
    if (!member) {
      return null
    }
    const { organization, ...rest } = member
    return { organization, member: { ...rest, organization_id: organization.id } as MemberDTO }
  }

  private async insertOrganization(
    data: OrganizationInput,
    status: OrganizationStatus,
    now: Date,
    sharedContext: Context<EntityManager>
  ): Promise<OrganizationDTO> {
    if (data.uscc != null) {
      withMedusaErrorsSync(() => assertUscc(data.uscc, "uscc"))
      await this.assertUsccFree(data.uscc, sharedContext)
    }
    if (!/^\d{6}$/.test(data.region_code ?? "")) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "region_code must be a 6-digit division code (GB/T 2260)")
    }
    return (await this.createOrganizations(
      {
        kind: data.kind,
        name: data.name,
        uscc: data.uscc ?? null,
        region_code: data.region_code,
        parent_id: data.parent_id ?? null,
        branch_name: data.branch_name ?? null,
        contact_name: data.contact_name ?? null,
        contact_phone: data.contact_phone ?? null,
        address: data.address ?? null,
        metadata: data.metadata ?? null,
        status,
        submitted_at: status === "pending_review" ? now : null,
        approved_at: status === "approved" ? now : null,
      },
      sharedContext
    )) as OrganizationDTO
  }

  private async insertMember(
    data: MemberInput,
    id: string,
    sharedContext: Context<EntityManager>
  ): Promise<MemberDTO> {
    const custom = data.actor_type === "supplier" || data.actor_type === "bank"
    const actorId = custom ? data.actor_id ?? id : data.actor_id
    if (!actorId) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `actor_id is required for a ${data.actor_type} member`)
    }
    const [existing] = await this.listMembers(
      { actor_type: data.actor_type, actor_id: actorId },
      { take: 1, select: ["id", "organization_id"] as any },
      sharedContext
    )
    if (existing) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${data.actor_type} ${actorId} is already a member (${existing.id}); one membership per actor`
      )
    }
    const created = (await this.createMembers(
      {
        id,
        organization_id: data.organization_id,
        actor_type: data.actor_type,
        actor_id: actorId,
        role: data.role,
        email: data.email,
        name: data.name,
        status: "active",
      } as any,
      sharedContext
    )) as unknown as MemberDTO
    return { ...created, organization_id: data.organization_id }
  }

  private async assertUsccFree(uscc: string, sharedContext: Context<EntityManager>) {
    const [existing] = await this.listOrganizations({ uscc }, { take: 1, select: ["id"] }, sharedContext)
    if (existing) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `uscc ${uscc} is already registered to organization ${existing.id}`
      )
    }
  }

  private async lockAndRetrieve(id: string, sharedContext: Context<EntityManager>): Promise<OrganizationDTO> {
    await lockRowForUpdate(sharedContext.transactionManager!, { table: "organization", key: id, label: "organization" })
    return (await this.retrieveOrganization(id, {}, sharedContext)) as OrganizationDTO
  }
}

export type { SupplierProfileDTO }
