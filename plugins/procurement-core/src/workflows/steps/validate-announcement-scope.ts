import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { announcementWriteProblem } from "../../domain/announcement-scope"
import type { AuditActor } from "../../modules/procurement_audit/append-audit-entry"
import type { AnnouncementDTO } from "../../modules/procurement_announcement/service"
import { PROCUREMENT_ORGANIZATION_MODULE } from "../../modules/procurement_organization/require-actor-organization"
import type ProcurementOrganizationService from "../../modules/procurement_organization/service"
import type { OrganizationDTO } from "../../modules/procurement_organization/types"

export type ValidateAnnouncementScopeStepInput = {
  announcement: Pick<AnnouncementDTO, "id" | "status" | "organization_id" | "region_code">
  actor: AuditActor
  /** Words for the message: "publish", "withdraw". */
  action: string
}

export const validateAnnouncementScopeStepId = "validate-announcement-scope-step"

/**
 * Guard: only members of the organization that drafted an announcement (or platform staff)
 * may publish or withdraw it (`domain/announcement-scope.ts`); FORBIDDEN (403) otherwise.
 * Actors without an organization (system jobs, seeds) pass: the admin role table already
 * decided who may call the route at all. Writes nothing.
 */
export const validateAnnouncementScopeStep = createStep(
  validateAnnouncementScopeStepId,
  async (input: ValidateAnnouncementScopeStepInput, { container }) => {
    if (!input.actor.organization_id) {
      return new StepResponse(undefined)
    }
    const service = container.resolve<ProcurementOrganizationService>(PROCUREMENT_ORGANIZATION_MODULE)
    const [mine] = (await service.listOrganizations({ id: input.actor.organization_id }, { take: 1 })) as OrganizationDTO[]
    if (!mine) {
      throw new MedusaError(MedusaError.Types.FORBIDDEN, `organization ${input.actor.organization_id} was not found`)
    }
    const problem = announcementWriteProblem(
      { kind: mine.kind, organization_id: mine.id, region_code: mine.region_code ?? null },
      {
        id: input.announcement.id,
        status: input.announcement.status,
        organization_id: input.announcement.organization_id ?? null,
        region_code: input.announcement.region_code ?? null,
      },
      input.action
    )
    if (problem) {
      throw new MedusaError(MedusaError.Types.FORBIDDEN, problem)
    }
    return new StepResponse(undefined)
  }
)
