import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { procurementClock } from "@govmall/procurement-core/modules/procurement_clock"
import { RESPONSE_MODULE } from "../../modules/response"
import type ResponseModuleService from "../../modules/response/service"
import type { ClearFields, ResponseDTO } from "../../modules/response/types"
import { SOLICITATION_MODULE } from "../../modules/solicitation"
import type SolicitationModuleService from "../../modules/solicitation/service"
import type { SolicitationDTO, SolicitationLotDTO } from "../../modules/solicitation/types"
import { PUBLIC_SOLICITATION_STATUSES } from "../../domain/solicitation-lifecycle"

type Resolver = { resolve: <T>(key: string) => T }
export const responseService = (container: Resolver) => container.resolve<ResponseModuleService>(RESPONSE_MODULE)

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

export type SupplierContext = {
  solicitation: SolicitationDTO
  lot: SolicitationLotDTO
  supplier: { id: string; uscc: string; name: string }
}

/** The solicitation a supplier may see (published or later), else NOT_FOUND. */
export async function supplierSolicitation(container: Resolver, id: string): Promise<SolicitationDTO> {
  const service = container.resolve<SolicitationModuleService>(SOLICITATION_MODULE)
  const [row] = await service.listSolicitations({ id, status: [...PUBLIC_SOLICITATION_STATUSES] }, { take: 1 })
  if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `solicitation ${id} was not found`)
  return await service.retrieveWithLots(id)
}

export async function supplierOrganization(container: Resolver, id: string) {
  const organization = (await container.resolve<any>("procurement_organization").retrieveOrganization(id)) as { id: string; uscc: string | null; name: string }
  if (!organization.uscc) throw invalid(`supplier organization ${id} has no USCC: it cannot sign responses`)
  return { id: organization.id, uscc: organization.uscc, name: organization.name }
}

export function lotOf(solicitation: SolicitationDTO, lotId: string): SolicitationLotDTO {
  const lot = solicitation.lots.find((l) => l.id === lotId)
  if (!lot) throw invalid(`lot_id ${JSON.stringify(lotId)} is not a lot of solicitation ${solicitation.id}`)
  return lot
}

export const loadSubmissionContextStepId = "load-response-submission-context"

/**
 * Reads what a submission is checked against: the solicitation (unknown / unpublished → 404),
 * the lot (another solicitation's → 400 `lot_id`), the supplier's USCC from the platform's
 * records, and the clear fields that refer to other records: qualification documents must be
 * the supplier's own procurement-core documents, a catalog product must exist and only goods
 * lots have one. The deadline itself is checked again under the row lock when writing.
 */
export const loadSubmissionContextStep = createStep(
  loadSubmissionContextStepId,
  async (input: { solicitation_id: string; lot_id: string; supplier_org_id: string; clear: ClearFields }, { container }) => {
    const solicitation = await supplierSolicitation(container, input.solicitation_id)
    const lot = lotOf(solicitation, input.lot_id)
    const supplier = await supplierOrganization(container, input.supplier_org_id)
    const { clear } = input
    if (clear.catalog_product_id !== null) {
      if (lot.kind === "services") throw invalid(`plaintext.catalog_product_id: lot ${lot.id} is a service lot; service responses link no catalog product`)
      const products = await container.resolve<any>(Modules.PRODUCT).listProducts({ id: clear.catalog_product_id }, { take: 1, select: ["id"] })
      if (!products.length) throw invalid(`plaintext.catalog_product_id ${JSON.stringify(clear.catalog_product_id)} is not a catalog product`)
    }
    if (clear.qualification_document_ids.length) {
      const ids = [...new Set(clear.qualification_document_ids)]
      const documents = (await container
        .resolve<any>("procurement_document")
        .listDocuments({ id: ids, owner_organization_id: supplier.id }, { take: null, select: ["id"] })) as Array<{ id: string }>
      const found = new Set(documents.map((d) => d.id))
      const missing = ids.filter((id) => !found.has(id))
      if (missing.length) {
        throw invalid(`plaintext.qualification_document_ids: ${missing.join(", ")} ${missing.length === 1 ? "is not a document" : "are not documents"} of supplier ${supplier.id}`)
      }
    }
    return new StepResponse({ solicitation, lot, supplier } satisfies SupplierContext)
  }
)

export const loadOwnResponseStepId = "load-own-response"

/** A response of the calling supplier in this solicitation (another's → 404), with its solicitation and lot. */
export const loadOwnResponseStep = createStep(
  loadOwnResponseStepId,
  async (input: { solicitation_id: string; response_id: string; supplier_org_id: string }, { container }) => {
    const solicitation = await supplierSolicitation(container, input.solicitation_id)
    const [row] = (await responseService(container).listSolicitationResponses(
      { id: input.response_id, solicitation_id: input.solicitation_id, supplier_org_id: input.supplier_org_id },
      { take: 1 }
    )) as unknown as ResponseDTO[]
    if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `response ${input.response_id} of solicitation ${input.solicitation_id} was not found`)
    const lot = lotOf(solicitation, row.lot_id)
    const supplier = await supplierOrganization(container, input.supplier_org_id)
    return new StepResponse({ solicitation, lot, supplier, response: row, now: procurementClock.now() })
  }
)
