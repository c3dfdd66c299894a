import type { MedusaRequest } from "@medusajs/framework/http"
import { RESPONSE_MODULE } from "../../modules/response"
import type ResponseModuleService from "../../modules/response/service"
import type { DepositDTO, ResponseDTO } from "../../modules/response/types"

export const responseModule = (req: MedusaRequest) => req.scope.resolve<ResponseModuleService>(RESPONSE_MODULE)

export async function listResponses(req: MedusaRequest, filters: Record<string, unknown>): Promise<ResponseDTO[]> {
  return (await responseModule(req).listSolicitationResponses(filters, { take: null, order: { submitted_at: "ASC" } })) as unknown as ResponseDTO[]
}

export async function listDeposits(req: MedusaRequest, filters: Record<string, unknown>): Promise<DepositDTO[]> {
  return (await responseModule(req).listResponseDeposits(filters, { take: null, order: { paid_at: "ASC" } })) as unknown as DepositDTO[]
}

/** The client address as Express resolves it (Medusa sets `trust proxy` 1: the nearest proxy's X-Forwarded-For entry). */
export function clientIpOf(req: MedusaRequest): string | null {
  return req.ip ?? req.socket?.remoteAddress ?? null
}
