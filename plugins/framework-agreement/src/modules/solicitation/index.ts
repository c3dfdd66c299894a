import { Module } from "@medusajs/framework/utils"
import SolicitationModuleService from "./service"

export const SOLICITATION_MODULE = "solicitation"

export default Module(SOLICITATION_MODULE, {
  service: SolicitationModuleService,
})

export { SolicitationModuleService }
export { solicitationAuditState } from "./audit-state"
export * from "./types"
