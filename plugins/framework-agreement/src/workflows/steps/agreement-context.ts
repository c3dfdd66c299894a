import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ProcurementCalendarService } from "@govmall/procurement-core/modules/procurement_calendar"
import { solicitationManageProblem, solicitationReviewProblem, type ScopeActor } from "../../domain/solicitation-scope"
import { FRAMEWORK_AGREEMENT_MODULE } from "../../modules/framework-agreement"
import type FrameworkAgreementModuleService from "../../modules/framework-agreement/service"
import type { AgreementDTO } from "../../modules/framework-agreement/types"

export type AgreementScope = "manage" | "review" | "supplier"

type Resolver = { resolve: <T>(key: string) => T }
export const agreementService = (container: Resolver) => container.resolve<FrameworkAgreementModuleService>(FRAMEWORK_AGREEMENT_MODULE)
export const calendarOf = async (container: Resolver) => container.resolve<ProcurementCalendarService>("procurement_calendar").getCalendar()

/**
 * Reads an agreement and checks the caller on it: the solicitor's acts (sign, file, review
 * applications, remove) — the owning agency (another agency → 404); the regulator's
 * acknowledgement of a filing — its province; a supplier — only its own closed agreement (another
 * supplier's → 404). `caller` absent = trusted server code. Writes nothing: the write locks and re-reads.
 */
export const loadAgreementStep = createStep(
  "load-framework-agreement",
  async (
    input: { id: string; caller?: ScopeActor | null; scope: AgreementScope; supplier_org_id?: string | null; action?: string },
    { container }
  ) => {
    const [row] = await agreementService(container).listFrameworkAgreements({ id: input.id }, { take: 1 })
    if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `framework agreement ${input.id} was not found`)
    const agreement = await agreementService(container).retrieveAgreement(input.id)
    const target = { id: agreement.id, owner_org_id: agreement.owner_org_id, region_code: agreement.region_code }
    if (input.scope === "supplier") {
      if (!input.supplier_org_id || (agreement.supplier_org_id !== input.supplier_org_id && agreement.kind === "closed")) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `framework agreement ${input.id} was not found`)
      }
    } else if (input.caller) {
      const problem =
        input.scope === "review"
          ? solicitationReviewProblem(input.caller, target, input.action ?? "acknowledge the filing of")
          : solicitationManageProblem(input.caller, target)
      if (problem) {
        const message = problem.message.replace(/solicitation( plans)? /g, "framework agreement$1 ")
        throw new MedusaError(problem.kind === "not_found" ? MedusaError.Types.NOT_FOUND : MedusaError.Types.FORBIDDEN, message)
      }
    }
    return new StepResponse(agreement as AgreementDTO)
  }
)
