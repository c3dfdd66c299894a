import type { IAuthModuleService, IUserModuleService, Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { memberActorTypeForKind } from "@govmall/procurement-core/domain/organization-lifecycle"
import type { AuditActor } from "@govmall/procurement-core/modules/procurement_audit"
import {
  type ExpertDTO,
  type MemberDTO,
  type OrganizationDTO,
  PROCUREMENT_ORGANIZATION_MODULE,
  type ProcurementOrganizationService,
} from "@govmall/procurement-core/modules/procurement_organization"
import {
  approveOrganizationWorkflow,
  createOrganizationWorkflow,
  enrollExpertWorkflow,
  enrollMemberWorkflow,
  registerSupplierWorkflow,
  rejectOrganizationWorkflow,
} from "@govmall/procurement-core/workflows"
import {
  DEMO_PASSWORD,
  EXPERTS,
  PLATFORM,
  PLATFORM_CREATED,
  REGULATOR,
  type SeedExpert,
  type SeedOrganization,
  type SeedPerson,
  type SeedSupplier,
  SUPPLIERS,
} from "./data/organizations"
import type { SeedReport } from "./report"

/**
 * Step 3 of the demo seed: who is who. Everything goes through procurement-core's workflows,
 * as the API would, so audit entries, events and login links are the real ones:
 *
 * 1. the platform organization (audited as the seed) and its admin `admin@govmall.cn`;
 * 2. regulator, agency, purchasing units and banks, created by that platform admin, with
 *    their staff enrolled (`enrollMemberWorkflow`: login + customer / user / member);
 * 3. suppliers register themselves (`POST /auth/supplier/emailpass/register` + the
 *    registration workflow); the regulator's approver approves or rejects those of Shanxi,
 *    the platform admin those from other provinces;
 * 4. experts enrolled by the regulator's admin.
 *
 * Organizations are found by USCC, people by e-mail; what exists is left alone, except that a
 * supplier still pending review whose demo status is approved / rejected is reviewed.
 */

/** Audit actor for what nobody but the seed could have done: creating the platform itself. */
export const SEED_ACTOR: AuditActor = { actor_type: "system", actor_id: "govmall-demo-seed" }

export interface SeededActors {
  /** Organizations by USCC. */
  organizations: Map<string, OrganizationDTO>
  /** Members by e-mail. */
  members: Map<string, MemberDTO>
  /** Experts by e-mail. */
  experts: Map<string, ExpertDTO>
}

export interface ActorsSummary {
  organizations: number
  members: number
  experts: number
  suppliersByStatus: Record<string, number>
}

type Ctx = {
  container: MedusaContainer
  report: SeedReport
  logger: Logger
  service: ProcurementOrganizationService
  auth: IAuthModuleService
  seeded: SeededActors
}

export async function seedOrganizations(
  container: MedusaContainer,
  report: SeedReport
): Promise<{ actors: SeededActors; summary: ActorsSummary }> {
  const ctx: Ctx = {
    container,
    report,
    logger: container.resolve<Logger>(ContainerRegistrationKeys.LOGGER),
    service: container.resolve<ProcurementOrganizationService>(PROCUREMENT_ORGANIZATION_MODULE),
    auth: container.resolve<IAuthModuleService>(Modules.AUTH),
    seeded: { organizations: new Map(), members: new Map(), experts: new Map() },
  }

  // 1. The platform and its admin: the only things the seed does in its own name.
  const platform = await ensureOrganization(ctx, PLATFORM, SEED_ACTOR)
  const platformAdmin = await ensureStaff(ctx, PLATFORM, platform, SEED_ACTOR)
  const platformActor = actorOf(platformAdmin[0], platform)

  // 2. Everyone else the platform creates.
  for (const data of PLATFORM_CREATED) {
    if (data === PLATFORM) {
      continue
    }
    const organization = await ensureOrganization(ctx, data, platformActor)
    await ensureStaff(ctx, data, organization, platformActor)
  }

  // 3. Suppliers register; the regulator's approver reviews those of its province, the
  //    platform admin the others (a regulator acts only within its province).
  const regulator = ctx.seeded.organizations.get(REGULATOR.uscc)!
  const approver = REGULATOR.staff.find((p) => p.role === "approver") ?? REGULATOR.staff[0]
  const regulatorReviewer = actorOf(ctx.seeded.members.get(approver.email)!, regulator)
  for (const supplier of SUPPLIERS) {
    const inProvince = supplier.region_code.slice(0, 2) === REGULATOR.region_code.slice(0, 2)
    await ensureSupplier(ctx, supplier, inProvince ? regulatorReviewer : platformActor)
  }

  // 4. Experts, enrolled by the regulator's admin.
  const regulatorAdmin = REGULATOR.staff.find((p) => p.role === "admin") ?? REGULATOR.staff[0]
  const enrollerActor = actorOf(ctx.seeded.members.get(regulatorAdmin.email)!, regulator)
  for (const expert of EXPERTS) {
    await ensureExpert(ctx, expert, enrollerActor)
  }

  const suppliersByStatus: Record<string, number> = {}
  for (const supplier of SUPPLIERS) {
    const status = ctx.seeded.organizations.get(supplier.uscc)!.status
    suppliersByStatus[status] = (suppliersByStatus[status] ?? 0) + 1
  }
  return {
    actors: ctx.seeded,
    summary: {
      organizations: ctx.seeded.organizations.size,
      members: ctx.seeded.members.size,
      experts: ctx.seeded.experts.size,
      suppliersByStatus,
    },
  }
}

function actorOf(member: MemberDTO, organization: OrganizationDTO): AuditActor {
  return { actor_type: member.actor_type, actor_id: member.actor_id, organization_id: organization.id }
}

async function findOrganization({ service }: Ctx, uscc: string): Promise<OrganizationDTO | undefined> {
  const [existing] = (await service.listOrganizations({ uscc }, { take: 1 })) as OrganizationDTO[]
  return existing
}

async function ensureOrganization(ctx: Ctx, data: SeedOrganization, actor: AuditActor): Promise<OrganizationDTO> {
  let organization = await findOrganization(ctx, data.uscc)
  if (!organization) {
    const parent = data.parent_uscc ? ctx.seeded.organizations.get(data.parent_uscc) : undefined
    if (data.parent_uscc && !parent) {
      throw new Error(`Seed data: the parent of ${data.name} must be created before it`)
    }
    const { result } = await createOrganizationWorkflow(ctx.container).run({
      input: {
        organization: {
          kind: data.kind,
          name: data.name,
          uscc: data.uscc,
          region_code: data.region_code,
          parent_id: parent?.id ?? null,
          branch_name: data.branch_name ?? null,
          contact_name: data.contact_name,
          contact_phone: data.contact_phone,
          address: data.address,
        },
        actor,
      },
    })
    organization = result as OrganizationDTO
    ctx.report.changed(`created ${data.kind} organization ${data.name}`)
  }
  ctx.seeded.organizations.set(data.uscc, organization)
  return organization
}

/** The organization's staff, in data order; each enrolled with a login unless already a member. */
async function ensureStaff(
  ctx: Ctx,
  data: SeedOrganization,
  organization: OrganizationDTO,
  actor: AuditActor
): Promise<MemberDTO[]> {
  const members: MemberDTO[] = []
  for (const person of data.staff) {
    members.push(await ensureMember(ctx, data, organization, person, actor))
  }
  return members
}

async function ensureMember(
  ctx: Ctx,
  data: SeedOrganization,
  organization: OrganizationDTO,
  person: SeedPerson,
  actor: AuditActor
): Promise<MemberDTO> {
  const { service, container, report } = ctx
  const [existing] = (await service.listMembers(
    { email: person.email, organization_id: organization.id } as any,
    { take: 1 }
  )) as MemberDTO[]
  if (existing) {
    ctx.seeded.members.set(person.email, existing)
    return existing
  }
  const actorType = memberActorTypeForKind(data.kind)
  let member: MemberDTO
  if (await hasLogin(ctx, person.email)) {
    member = await linkExistingUser(ctx, organization, person, actorType, actor)
  } else {
    const { result } = await enrollMemberWorkflow(container).run({
      input: {
        organization_id: organization.id,
        actor_type: actorType,
        email: person.email,
        password: DEMO_PASSWORD,
        name: person.name,
        phone: person.phone ?? null,
        role: person.role,
        actor,
      },
    })
    member = result as MemberDTO
    report.changed(`enrolled ${person.role} ${person.email} in ${organization.name}`)
  }
  ctx.seeded.members.set(person.email, member)
  return member
}

async function hasLogin({ auth }: Ctx, email: string): Promise<boolean> {
  const identities = await auth.listProviderIdentities({ provider: "emailpass", entity_id: email })
  return identities.length > 0
}

/**
 * An admin user made before the seed ran (`medusa user -e admin@govmall.cn …` on a database
 * seeded by an older version): make it the member instead of creating a second login.
 */
async function linkExistingUser(
  { container, service, report }: Ctx,
  organization: OrganizationDTO,
  person: SeedPerson,
  actorType: string,
  actor: AuditActor
): Promise<MemberDTO> {
  const [user] =
    actorType === "user" ? await container.resolve<IUserModuleService>(Modules.USER).listUsers({ email: person.email }) : []
  if (!user) {
    throw new Error(
      `${person.email} already has a login but is no member of ${organization.name}: ` +
        `remove that login or change the demo e-mail in seed/data/organizations.ts`
    )
  }
  const member = await service.createMember(
    {
      organization_id: organization.id,
      actor_type: "user",
      actor_id: user.id,
      role: person.role,
      email: person.email,
      name: person.name,
    },
    actor
  )
  report.changed(`made the existing user ${person.email} ${person.role} of ${organization.name}`)
  return member
}

/** The emailpass identity for a self-registering person: an unlinked one is reused. */
async function registrationIdentity({ auth }: Ctx, email: string, actorType: string): Promise<string> {
  const [identity] = await auth.listProviderIdentities({ provider: "emailpass", entity_id: email })
  if (identity) {
    const authIdentity = await auth.retrieveAuthIdentity(identity.auth_identity_id!)
    if (authIdentity.app_metadata?.[`${actorType}_id`]) {
      throw new Error(`${email} is already linked to a ${actorType} whose organization is not in the demo data`)
    }
    return authIdentity.id
  }
  // What POST /auth/<actor>/emailpass/register does.
  const result = await auth.register("emailpass", { body: { email, password: DEMO_PASSWORD } } as any)
  if (!result.success || !result.authIdentity) {
    throw new Error(`could not create the login ${email}: ${result.error}`)
  }
  return result.authIdentity.id
}

async function ensureSupplier(ctx: Ctx, data: SeedSupplier, reviewer: AuditActor): Promise<void> {
  const { container, report } = ctx
  let organization = await findOrganization(ctx, data.uscc)
  if (!organization) {
    const authIdentityId = await registrationIdentity(ctx, data.registrant.email, "supplier")
    const { result } = await registerSupplierWorkflow(container).run({
      input: {
        auth_identity_id: authIdentityId,
        organization: {
          name: data.name,
          uscc: data.uscc,
          region_code: data.region_code,
          contact_name: data.contact_name,
          contact_phone: data.contact_phone,
          address: data.address,
          metadata: { catalog_codes: data.catalog_codes },
        },
        supplier_profile: {
          enterprise_size: data.enterprise_size,
          special_status: data.special_status,
          bank_account_name: data.name,
          bank_name: data.bank_name,
          bank_account_number: data.bank_account_number,
          legal_representative: data.legal_representative,
          business_scope: data.business_scope,
        },
        registrant: data.registrant,
      },
    })
    organization = result.organization as OrganizationDTO
    ctx.seeded.members.set(data.registrant.email, result.member as MemberDTO)
    report.changed(`registered supplier ${data.name}`)
  } else {
    const [member] = (await ctx.service.listMembers(
      { email: data.registrant.email, organization_id: organization.id } as any,
      { take: 1 }
    )) as MemberDTO[]
    if (member) {
      ctx.seeded.members.set(data.registrant.email, member)
    }
  }

  if (organization.status === "pending_review" && data.review.status === "approved") {
    const { result } = await approveOrganizationWorkflow(container).run({
      input: { id: organization.id, actor: reviewer },
    })
    organization = result as OrganizationDTO
    report.changed(`approved supplier ${data.name}`)
  } else if (organization.status === "pending_review" && data.review.status === "rejected") {
    const { result } = await rejectOrganizationWorkflow(container).run({
      input: { id: organization.id, reason: data.review.reason, actor: reviewer },
    })
    organization = result as OrganizationDTO
    report.changed(`rejected supplier ${data.name}`)
  }
  ctx.seeded.organizations.set(data.uscc, organization)
}

async function ensureExpert(ctx: Ctx, data: SeedExpert, actor: AuditActor): Promise<void> {
  const [existing] = (await ctx.service.listExperts({ email: data.email } as any, { take: 1 })) as unknown as ExpertDTO[]
  if (existing) {
    ctx.seeded.experts.set(data.email, existing)
    return
  }
  const { email, name, id_number, specialities, employer_name, employer_uscc, region_code, phone } = data
  const { result } = await enrollExpertWorkflow(ctx.container).run({
    input: {
      expert: { email, name, id_number, specialities, employer_name, employer_uscc, region_code, phone },
      password: DEMO_PASSWORD,
      actor,
    },
  })
  ctx.seeded.experts.set(data.email, result as ExpertDTO)
  ctx.report.changed(`enrolled expert ${name} (${email})`)
}
