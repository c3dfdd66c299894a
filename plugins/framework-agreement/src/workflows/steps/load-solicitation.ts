import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  solicitationManageProblem,
  solicitationReadProblem,
  solicitationReviewProblem,
  type ScopeActor,
} from "../../domain/solicitation-scope"
import { SOLICITATION_MODULE } from "../../modules/solicitation"
import type SolicitationModuleService from "../../modules/solicitation/service"
import type { SolicitationDTO } from "../../modules/solicitation/types"

export type SolicitationScope = "read" | "manage" | "review"

export const loadSolicitationStepId = "load-solicitation"

/**
 * Reads a solicitation and checks the caller's scope on it (domain/solicitation-scope.ts):
 * another agency's plan is NOT_FOUND, another province's regulator FORBIDDEN. `caller` absent
 * = trusted server code (seed, jobs). Writes nothing: the write step locks and re-reads.
 */
export const loadSolicitationStep = createStep(
  loadSolicitationStepId,
  async (input: { id: string; caller?: ScopeActor | null; scope: SolicitationScope; action?: string }, { container }) => {
    const service = container.resolve<SolicitationModuleService>(SOLICITATION_MODULE)
    const [row] = await service.listSolicitations({ id: input.id }, { relations: ["lots"], take: 1 })
    if (!row) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `solicitation ${input.id} was not found`)
    }
    const solicitation = (await service.retrieveWithLots(input.id)) as SolicitationDTO
    if (input.caller) {
      const problem =
        input.scope === "review"
          ? solicitationReviewProblem(input.caller, solicitation, input.action ?? "review")
          : input.scope === "manage"
            ? solicitationManageProblem(input.caller, solicitation)
            : solicitationReadProblem(input.caller, solicitation)
      if (problem) {
        throw new MedusaError(problem.kind === "not_found" ? MedusaError.Types.NOT_FOUND : MedusaError.Types.FORBIDDEN, problem.message)
      }
    }
    return new StepResponse(solicitation)
  }
)
