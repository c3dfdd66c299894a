import { Module } from "@medusajs/framework/utils"
import MockPaymentModuleService from "./service"

export const MOCK_PAYMENT_MODULE = "mock_payment"

export default Module(MOCK_PAYMENT_MODULE, {
  service: MockPaymentModuleService,
})

export { MockPaymentModuleService }
export * from "./types"
export { MOCK_PAYMENT_PURPOSES } from "./models/mock-payment-transaction"
