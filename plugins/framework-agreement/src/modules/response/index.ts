import { Module } from "@medusajs/framework/utils"
import ResponseModuleService from "./service"

export const RESPONSE_MODULE = "response"

export default Module(RESPONSE_MODULE, {
  service: ResponseModuleService,
})

export { ResponseModuleService }
export { responseAuditState } from "./audit-state"
export * from "./types"
