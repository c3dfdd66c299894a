import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ProcurementOrganizationService } from "@govmall/procurement-core/modules/procurement_organization"
import { procurementClock } from "@govmall/procurement-core/modules/procurement_clock"
import { withMedusaErrorsSync } from "@govmall/procurement-core/utils/medusa-error-from-domain"
import { renderAgreementText, type AgreementProduct } from "../../domain/agreement-document"
import { signingDeadline } from "../../domain/agreement-schedule"
import { solicitationManageProblem, type ScopeActor } from "../../domain/solicitation-scope"
import { SOLICITATION_MODULE } from "../../modules/solicitation"
import type SolicitationModuleService from "../../modules/solicitation/service"
import type { GenerateAgreementsInput } from "../../modules/framework-agreement/types"
import { calendarOf } from "./agreement-context"

export type ShortlistedSupplier = { supplier_org_id: string; price_fen: number; product: AgreementProduct }

export type GenerateFrameworkAgreementsInput = {
  solicitation_id: string
  lot_id: string
  /** Closed lots: the shortlist of the evaluation, in rank order. Open lots: empty (suppliers apply later). */
  shortlisted: ShortlistedSupplier[]
  /** When the shortlist announcement was published; default now (business clock). */
  shortlist_notice_at?: Date | string | null
}

/**
 * Checks the generation against the solicitation (shortlist published, lot of this
 * solicitation, prices ≤ the lot's maximum unit price, each supplier an approved supplier
 * organization named once) and renders each agreement's text from the plan's template.
 */
export const prepareFrameworkAgreementsStep = createStep(
  "prepare-framework-agreements",
  async (input: GenerateFrameworkAgreementsInput & { caller?: ScopeActor | null }, { container }) => {
    const solicitations = container.resolve<SolicitationModuleService>(SOLICITATION_MODULE)
    const [row] = await solicitations.listSolicitations({ id: input.solicitation_id }, { take: 1 })
    if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `solicitation ${input.solicitation_id} was not found`)
    const s = await solicitations.retrieveWithLots(input.solicitation_id)
    if (input.caller) {
      const problem = solicitationManageProblem(input.caller, s)
      if (problem) throw new MedusaError(MedusaError.Types.NOT_FOUND, problem.message)
    }
    if (s.status !== "shortlist_published") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `solicitation ${s.id} is ${s.status}: framework agreements are generated once its shortlist is published`
      )
    }
    const lot = s.lots.find((l) => l.id === input.lot_id)
    if (!lot) throw new MedusaError(MedusaError.Types.INVALID_DATA, `lot_id ${JSON.stringify(input.lot_id)} is not a lot of solicitation ${s.id}`)
    const kind = s.agreement_kind as "closed" | "open"
    if (kind === "closed" && !input.shortlisted.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "shortlisted must name at least one supplier for a closed agreement")
    }
    if (kind === "open" && input.shortlisted.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "shortlisted must be empty for an open agreement: suppliers join it by signed application")
    }
    const orgs = container.resolve<ProcurementOrganizationService>("procurement_organization")
    const seen = new Set<string>()
    const names = new Map<string, string>()
    for (const [i, entry] of input.shortlisted.entries()) {
      if (seen.has(entry.supplier_org_id)) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `shortlisted[${i}].supplier_org_id ${entry.supplier_org_id} is listed twice`)
      }
      seen.add(entry.supplier_org_id)
      if (entry.price_fen > lot.max_unit_price_fen) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `shortlisted[${i}].price_fen ${entry.price_fen} exceeds the lot's maximum unit price ${lot.max_unit_price_fen}`
        )
      }
      const [org] = await orgs.listOrganizations({ id: entry.supplier_org_id }, { take: 1 })
      if (!org || org.kind !== "supplier" || org.status !== "approved") {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `shortlisted[${i}].supplier_org_id ${entry.supplier_org_id} is not an approved supplier organization`)
      }
      names.set(entry.supplier_org_id, org.name)
    }
    const [solicitor] = await orgs.listOrganizations({ id: s.owner_org_id }, { take: 1 })
    const noticeAt = input.shortlist_notice_at ? new Date(input.shortlist_notice_at) : procurementClock.now()
    const calendar = await calendarOf(container)
    const phase2 = (s.phase2_methods as Array<{ method: string }>).map((m) => m.method)
    const common = {
      solicitation_title: s.title,
      lot_position: lot.position,
      lot_name: lot.name,
      kind,
      solicitor_name: solicitor?.name ?? s.owner_org_id,
      unit: lot.unit,
      term_months: s.term_months,
      phase2_methods: phase2,
      template: s.agreement_template,
    }
    const entries = kind === "closed" ? input.shortlisted : [null]
    const title = `${s.title} — 采购包${lot.position}`
    const prepared: GenerateAgreementsInput = {
      solicitation_id: s.id,
      lot_id: lot.id,
      kind,
      owner_org_id: s.owner_org_id,
      region_code: s.region_code,
      unit: lot.unit,
      term_months: s.term_months,
      phase2_methods: phase2,
      eligible_region_codes: s.eligible_region_codes,
      eligible_unit_ids: s.eligible_unit_ids,
      shortlist_notice_at: noticeAt,
      signing_deadline: signingDeadline(noticeAt, calendar),
      agreements: entries.map((entry) => {
        const price = entry ? entry.price_fen : lot.max_unit_price_fen
        return {
          supplier_org_id: entry?.supplier_org_id ?? null,
          product: entry?.product ?? null,
          price_fen: price,
          title,
          text: withMedusaErrorsSync(() =>
            renderAgreementText({ ...common, supplier_name: entry ? names.get(entry.supplier_org_id)! : null, product: entry?.product ?? null, price_fen: price })
          ),
        }
      }),
    }
    return new StepResponse(prepared)
  }
)
