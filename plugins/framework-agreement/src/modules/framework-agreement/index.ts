import { Module } from "@medusajs/framework/utils"
import FrameworkAgreementModuleService from "./service"

export const FRAMEWORK_AGREEMENT_MODULE = "framework_agreement"

export default Module(FRAMEWORK_AGREEMENT_MODULE, {
  service: FrameworkAgreementModuleService,
})

export { FrameworkAgreementModuleService }
export * from "./types"
