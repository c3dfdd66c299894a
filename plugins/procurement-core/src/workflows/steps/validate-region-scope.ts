import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { regionScopeProblem } from "../../domain/region-scope"
import type { AuditActor } from "../../modules/procurement_audit/append-audit-entry"
import { PROCUREMENT_ORGANIZATION_MODULE } from "../../modules/procurement_organization/require-actor-organization"
import type ProcurementOrganizationService from "../../modules/procurement_organization/service"
import type { OrganizationDTO } from "../../modules/procurement_organization/types"

export type ValidateRegionScopeStepInput = {
  /** The organization acted on … */
  organization_id?: string
  /** … or the region of one about to be created. */
  region_code?: string | null
  actor: AuditActor
  /** Words for the message, e.g. "approve". */
  action: string
  /** How a new record (`region_code`) is named in the message; default "an organization". */
  label?: string
}

export const validateRegionScopeStepId = "validate-region-scope-step"

/**
 * Guard: a regulator or an agency acts only on organizations (and new records such as experts)
 * of its own province (`domain/region-scope.ts`); FORBIDDEN (403) otherwise. Actors without an organization (system, seed) and other kinds pass:
 * the admin role table already decided whether their kind may act at all. Writes nothing.
 */
export const validateRegionScopeStep = createStep(
  validateRegionScopeStepId,
  async (input: ValidateRegionScopeStepInput, { container }) => {
    if (!input.actor.organization_id) {
      return new StepResponse(undefined)
    }
    if (!input.organization_id && input.region_code === undefined) {
      // Nothing regional to check (e.g. an expert's certificate, which has no organization).
      return new StepResponse(undefined)
    }
    const service = container.resolve<ProcurementOrganizationService>(PROCUREMENT_ORGANIZATION_MODULE)
    const ids = [input.actor.organization_id, ...(input.organization_id ? [input.organization_id] : [])]
    const found = (await service.listOrganizations({ id: ids }, { take: 2 })) as OrganizationDTO[]
    const byId = new Map(found.map((o) => [o.id, o]))
    const mine = byId.get(input.actor.organization_id)
    const theirs: { id: string; kind: string; region_code: string | null } | undefined = input.organization_id
      ? byId.get(input.organization_id)
      : { id: "(new)", kind: "purchasing_unit", region_code: input.region_code ?? null }
    if (!mine || !theirs) {
      // Unknown target: the write step reports NOT_FOUND.
      return new StepResponse(undefined)
    }
    const problem = regionScopeProblem({
      actor: { kind: mine.kind, region_code: mine.region_code ?? null, id: mine.id },
      target: {
        id: theirs.id,
        region_code: theirs.region_code ?? null,
        label: input.organization_id ? `${theirs.kind} organization ${theirs.id}` : input.label ?? "an organization",
      },
      action: input.action,
    })
    if (problem) {
      throw new MedusaError(MedusaError.Types.FORBIDDEN, problem)
    }
    return new StepResponse(undefined)
  }
)
