import type { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { SOLICITATION_MODULE } from "../../modules/solicitation"
import { toSolicitationDTO } from "../../modules/solicitation/plan-of"
import type SolicitationModuleService from "../../modules/solicitation/service"
import type { SolicitationClarificationDTO, SolicitationDTO } from "../../modules/solicitation/types"

export const solicitationService = (req: MedusaRequest) => req.scope.resolve<SolicitationModuleService>(SOLICITATION_MODULE)

/** A page of solicitations with their lots, newest first. */
export async function listSolicitationPage(
  req: MedusaRequest,
  filters: Record<string, unknown>,
  page: { limit: number; offset: number },
  order: Record<string, "ASC" | "DESC"> = { created_at: "DESC" }
): Promise<{ solicitations: SolicitationDTO[]; count: number; limit: number; offset: number }> {
  const [rows, count] = await solicitationService(req).listAndCountSolicitations(filters, {
    relations: ["lots"],
    order,
    skip: page.offset,
    take: page.limit,
  })
  return { solicitations: rows.map(toSolicitationDTO), count, limit: page.limit, offset: page.offset }
}

/** One solicitation matching `filters` (its id and e.g. public statuses) or NOT_FOUND. */
export async function findSolicitation(req: MedusaRequest, id: string, filters: Record<string, unknown> = {}): Promise<SolicitationDTO> {
  const [row] = await solicitationService(req).listSolicitations({ ...filters, id }, { relations: ["lots"], take: 1 })
  if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `solicitation ${id} was not found`)
  return toSolicitationDTO(row)
}

export async function listClarifications(req: MedusaRequest, solicitationId: string): Promise<SolicitationClarificationDTO[]> {
  return (await solicitationService(req).listSolicitationClarifications(
    { solicitation_id: solicitationId },
    { order: { asked_at: "ASC" }, take: null }
  )) as unknown as SolicitationClarificationDTO[]
}
